import type { z } from 'zod';
import { isIssueCode, type IssueCode } from './issue-codes.js';
import { describeValue, toJsonPointer, type Issue, type IssueDetail } from './issues.js';

/**
 * Turns zod's issues into ours: a JSON pointer, a message that names what was expected and what
 * was found, and the same two parts as data (`expected`, `found`). Parse with `reportInput: true`
 * so the found value is known.
 *
 * @example
 * const parsed = CaseSchema.safeParse(input, { reportInput: true });
 * if (!parsed.success) fromZodIssues(parsed.error.issues); // [{ code, path, message, expected, found }]
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union names its best-matching branch's problems, not "invalid input".
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(...fromZodIssues(best, [...base, ...issue.path]));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          code: 'unknown_key',
          path: toJsonPointer([...base, ...issue.path, key]),
          message: `unknown key ${JSON.stringify(key)}: expected none of that name (a typo?)`,
          expected: 'none of that name',
          found: `the key ${JSON.stringify(key)}`,
        });
      }
      continue;
    }
    out.push({ code: codeOf(issue), path: toJsonPointer([...base, ...issue.path]), ...messageOf(issue) });
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'custom') return isIssueCode(issue.params?.code) ? issue.params.code : 'invalid';
  if (issue.code === 'unrecognized_keys') return 'unknown_key';
  return issue.code;
}

type Described = { message: string } & IssueDetail;

/** `expected E<separator>found F` as a message, with E and F beside it. */
function described(expected: string, found: string, separator = ', '): Described {
  return { message: `expected ${expected}${separator}found ${found}`, expected, found };
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') return `${small ? 'at least' : 'at most'} ${limit} items`;
  if (issue.origin === 'string') return `${small ? 'at least' : 'at most'} ${limit} characters`;
  const sign = small ? (issue.inclusive ? '≥ ' : '> ') : issue.inclusive ? '≤ ' : '< ';
  return sign + limit;
}

const EXPECTED_FOUND = /^expected (.+?)(?:; |, )found (.+)$/s;

/** A message of a refinement or a regex, with "found" added when it does not say it. */
function withFound(message: string, found: string): Described {
  const text = message.includes('found') ? message : `${message}; found ${found}`;
  const parts = EXPECTED_FOUND.exec(text);
  return parts ? { message: text, expected: parts[1]!, found: parts[2]! } : { message: text };
}

function messageOf(issue: z.core.$ZodIssue): Described {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? {
            message: `expected ${issue.expected}, found nothing (required)`,
            expected: issue.expected,
            found: 'nothing',
          }
        : described(issue.expected, found);
    case 'invalid_value':
      return described(`one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, found, '; ');
    case 'too_small':
    case 'too_big':
      return described(bound(issue), found);
    case 'invalid_format':
      return issue.format === 'regex'
        ? withFound(`${issue.message}; found ${found}`, found)
        : described(issue.format, found);
    case 'invalid_key':
      return {
        message: `invalid key: ${fromZodIssues(issue.issues)
          .map((i) => i.message)
          .join('; ')}`,
      };
    default:
      return withFound(issue.message, found);
  }
}
