import type { Issue } from '../issues.js';
import { fromZodIssues } from '../zod-issues.js';
import { checkCaseSize } from './check-case-size.js';
import { NOT_FAST, fastParse } from './fast-parse.js';
import { DEFAULT_CASE_LIMITS, type CaseLimits } from './limits.js';
import type { Case } from './schema.js';
import type { createCaseSchema } from './schema.js';

export type ValidateCaseResult = { ok: true; value: Case } | { ok: false; issues: Issue[] };

/** Validates a case, size limits first; never throws on bad input. */
export function validateCase(
  schema: ReturnType<typeof createCaseSchema>,
  input: unknown,
  limits: CaseLimits = DEFAULT_CASE_LIMITS,
): ValidateCaseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: '',
          message: `expected a case object; found ${describeNonObject(input)}`,
        },
      ],
    };
  }
  const oversized = checkCaseSize(input, limits);
  if (oversized.length > 0) return { ok: false, issues: oversized };
  // Valid cases take the fast path derived from the schema; zod answers the rest, issues and all.
  const fast = fastParse(schema, input);
  if (fast !== NOT_FAST) return { ok: true, value: fast as Case };
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

/** How a non-object input is named in the issue: `null`, `an array`, or its typeof. */
function describeNonObject(input: unknown): string {
  if (input === null) return 'null';
  return Array.isArray(input) ? 'an array' : typeof input;
}
