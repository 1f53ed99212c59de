import { overLimit, toJsonPointer, type Issue } from '../issues.js';
import type { CaseLimits } from './limits.js';

// Runs before the schema: zod walks recursively and echoes what it finds, so a case nested
// thousands deep or carrying a megabyte string must be turned away by an iterative walk first.

const LISTS: ReadonlyArray<{ key: string; limit: 'maxContacts' | 'maxEvidence' }> = [
  { key: 'contacts', limit: 'maxContacts' },
  { key: 'evidence', limit: 'maxEvidence' },
];

function exceeded(path: readonly PropertyKey[], limit: keyof CaseLimits, limits: CaseLimits, found: string): Issue {
  return {
    code: 'limit_exceeded',
    path: toJsonPointer(path),
    ...overLimit(found, limit, limits[limit]),
  };
}

/**
 * Checks a case against the size limits without recursion: total values (`maxNodes`), nesting
 * (`maxDepth`), every string and key (`maxStringLength`), `contacts` and `evidence` entries and
 * `dispute.reasonCode`. Stops at the first `maxNodes + 1` values, so even a cyclic object ends.
 */
export function checkCaseSize(input: unknown, limits: CaseLimits): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      issues.push(exceeded([], 'maxNodes', limits, `the case has more than ${limits.maxNodes} values`));
      break;
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength)
        issues.push(exceeded(path, 'maxStringLength', limits, `the string is ${value.length} characters long`));
      else if (
        path.length === 2 &&
        path[0] === 'dispute' &&
        path[1] === 'reasonCode' &&
        value.length > limits.maxReasonCodeLength
      ) {
        issues.push(
          exceeded(path, 'maxReasonCodeLength', limits, `the reason code is ${value.length} characters long`),
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limits.maxDepth) {
      issues.push(exceeded(path, 'maxDepth', limits, `the case nests deeper than ${limits.maxDepth} levels here`));
      continue;
    }
    if (Array.isArray(value)) {
      const list = path.length === 1 ? LISTS.find((l) => l.key === path[0]) : undefined;
      if (list && value.length > limits[list.limit]) {
        issues.push(exceeded(path, list.limit, limits, `found ${value.length} entries`));
        continue;
      }
      // Pushed in reverse so issues come out in document order; bounded so a huge array cannot outgrow maxNodes here.
      for (let i = Math.min(value.length, limits.maxNodes + 1) - 1; i >= 0; i -= 1)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = Math.min(keys.length, limits.maxNodes + 1) - 1; i >= 0; i -= 1) {
      const key = keys[i]!;
      if (key.length > limits.maxStringLength) {
        issues.push(exceeded(path, 'maxStringLength', limits, `a key is ${key.length} characters long`));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
