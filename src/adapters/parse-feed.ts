import type * as z from 'zod';
import { InvalidCaseError } from '../errors/invalid-case-error.js';
import { fromZodIssues } from '../zod-issues.js';

/** Parses a feed payload, or throws an InvalidCaseError whose issues point into the payload. */
export function parseFeed<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new InvalidCaseError(fromZodIssues(parsed.error.issues));
  return parsed.data;
}
