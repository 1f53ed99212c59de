// The property every input keeps: a valid result, or issues with JSON pointers into the input;
// never another exception, never a change to the input.
import { expect } from 'vitest';
import { ResultSchema, isInvalidCaseError, type Issue, type SafeTriageResult, type Triage } from '../../src/index.js';
import { deepFreeze } from './deep-freeze.js';
import { snapshotGraph } from './graph-snapshot.js';
import { isJsonPointer, pointerTokens, resolvePointer } from './json-pointer.js';

/** What a run of the property saw, so a test can show it was not vacuous. */
export interface OutcomeCounts {
  ok: number;
  invalid: number;
  compared: number;
}

/** A plain check: it runs for every generated input, where expect() would cost more than the triage. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function expectIssuesWithPaths(input: unknown, issues: readonly Issue[]): void {
  check(issues.length > 0, 'an invalid case has issues');
  for (const issue of issues) {
    check(typeof issue.code === 'string' && issue.code.length > 0, `issue code: ${JSON.stringify(issue.code)}`);
    check(isJsonPointer(issue.path), `issue path is a JSON pointer: ${issue.path}`);
    // Messages may quote a found string up to maxStringLength (2,000), never more.
    check(
      issue.message.length > 0 && issue.message.length < 3_000,
      `a message short enough to read: ${issue.message.length} characters`,
    );
    // The pointer names a place in the input: its parent exists (the leaf may be the missing field).
    const tokens = pointerTokens(issue.path);
    const parent = tokens
      .slice(0, -1)
      .map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      .join('');
    if (tokens.length > 0)
      check(resolvePointer(input, parent).found, `the parent of ${issue.path} exists in the input`);
  }
}

/** A structuredClone to compare after the call, for inputs small enough to clone and compare quickly. */
function cloneIfSmall(value: unknown): { cloned: boolean; value?: unknown } {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let budget = 2_000;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    budget -= 1;
    if (budget < 0 || depth > 100 || (typeof node === 'string' && node.length > 10_000)) return { cloned: false };
    if (node !== null && typeof node === 'object')
      for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  try {
    return { cloned: true, value: structuredClone(value) };
  } catch {
    return { cloned: false };
  }
}

/** Triages a frozen input; the outcome is a valid result or issues with paths, and the input is unchanged. */
export async function expectResultOrIssues(
  triage: Triage,
  input: unknown,
  counts: OutcomeCounts,
): Promise<SafeTriageResult> {
  const changesSince = snapshotGraph(input);
  const copy = cloneIfSmall(input);
  deepFreeze(input);
  const outcome = await triage.safeTriage(input);
  if (outcome.ok) {
    counts.ok += 1;
    check(ResultSchema.safeParse(outcome.result).success, 'the result passes ResultSchema');
  } else {
    counts.invalid += 1;
    expectIssuesWithPaths(input, outcome.issues);
    const rejected = await triage.triage(input).then(
      () => undefined,
      (error: unknown) => error,
    );
    check(isInvalidCaseError(rejected), 'triage() rejects with an InvalidCaseError');
    check(
      JSON.stringify((rejected as { issues: unknown }).issues) === JSON.stringify(outcome.issues),
      'triage() and safeTriage() name the same issues',
    );
  }
  const changes = changesSince();
  check(changes.length === 0, `the input is unchanged: ${changes.join('; ')}`);
  if (copy.cloned) {
    counts.compared += 1;
    expect(input).toEqual(copy.value);
  }
  return outcome;
}
