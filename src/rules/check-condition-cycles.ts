import type { Issue } from '../issues.js';
import { issueAt, referencedConditions } from './check-conditions.js';
import type { ConditionOrigin } from './collect-pack-declarations.js';
import type { Condition } from './condition-schema.js';

/** A chain of names for a message: a long one keeps its first and last five. */
function showChain(chain: readonly string[]): string {
  if (chain.length <= 12) return chain.join(' → ');
  return [...chain.slice(0, 5), `… ${chain.length - 10} more …`, ...chain.slice(-5)].join(' → ');
}

/**
 * Finds named conditions that refer to each other in a cycle, one problem per cycle (at the named
 * condition where it closes). Iterative depth-first search: a chain of thousands of references must
 * not overflow the stack.
 *
 * @example
 * checkConditionCycles({ a: { condition: 'b' }, b: { condition: 'a' } }, origin);
 * // [{ code: 'cyclic_condition', … }]
 */
export function checkConditionCycles(
  named: Readonly<Record<string, Condition>>,
  origin: Readonly<Record<string, ConditionOrigin>>,
): Issue[] {
  const issues: Issue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  for (const start of Object.keys(named)) {
    if (state.get(start) === 'done') continue;
    const stack: Array<{ name: string; next: string[] }> = [{ name: start, next: referencedConditions(named[start]!) }];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child === undefined) {
        state.set(top.name, 'done');
        stack.pop();
      } else if (!Object.hasOwn(named, child) || state.get(child) === 'done') {
        // Unknown names are reported by checkCondition; finished ones hold no cycle.
      } else if (state.get(child) === 'visiting') {
        if (reported.has(child)) continue;
        reported.add(child);
        const chain = [...stack.slice(stack.findIndex((f) => f.name === child)).map((f) => f.name), child];
        const message = `named conditions refer to each other in a cycle: ${showChain(chain)}`;
        issues.push(issueAt(origin[child]!.file, undefined, 'cyclic_condition', origin[child]!.path, message));
      } else {
        state.set(child, 'visiting');
        stack.push({ name: child, next: referencedConditions(named[child]!) });
      }
    }
  }
  return issues;
}
