import type { z } from 'zod';
import { describeValue, toJsonPointer, type Issue } from './issues.js';

/**
 * Turns zod's issues into ours: a JSON pointer and a message that names what was expected and what
 * was found. Parse with `reportInput: true` so the found value is known.
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
        });
      }
      continue;
    }
    out.push({ code: codeOf(issue), path: toJsonPointer([...base, ...issue.path]), message: messageOf(issue) });
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'custom') return (issue.params?.code as string | undefined) ?? 'invalid';
  return issue.code;
}

function messageOf(issue: z.core.$ZodIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `expected ${issue.expected}, found nothing (required)`
        : `expected ${issue.expected}, found ${found}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${found}`;
    case 'too_small':
      return `expected ${issue.origin === 'array' ? `at least ${issue.minimum} items` : issue.origin === 'string' ? `at least ${issue.minimum} characters` : (issue.inclusive ? '≥ ' : '> ') + issue.minimum}, found ${found}`;
    case 'too_big':
      return `expected ${issue.origin === 'array' ? `at most ${issue.maximum} items` : issue.origin === 'string' ? `at most ${issue.maximum} characters` : (issue.inclusive ? '≤ ' : '< ') + issue.maximum}, found ${found}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `${issue.message}; found ${found}` : `expected ${issue.format}, found ${found}`;
    case 'invalid_key':
      return `invalid key: ${fromZodIssues(issue.issues)
        .map((i) => i.message)
        .join('; ')}`;
    default:
      return issue.message.includes('found') ? issue.message : `${issue.message}; found ${found}`;
  }
}
