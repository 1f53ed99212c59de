import type { Condition } from './condition-schema.js';

/**
 * Deepest a condition may nest once named conditions are expanded: each `all` / `any` / `not` and
 * each reference to a named condition is one level. Both evaluators recurse per level; a chain of
 * thousands of named conditions overflows the stack on every case, so it is refused when loading.
 */
export const MAX_CONDITION_DEPTH = 128;

/** Levels inside one tree, and the level each named-condition reference sits at. */
function localDepths(condition: Condition): { depth: number; references: Array<{ name: string; level: number }> } {
  const references: Array<{ name: string; level: number }> = [];
  let depth = 0;
  const stack: Array<{ node: Condition; level: number }> = [{ node: condition, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    depth = Math.max(depth, level);
    if ('all' in node) for (const child of node.all) stack.push({ node: child, level: level + 1 });
    else if ('any' in node) for (const child of node.any) stack.push({ node: child, level: level + 1 });
    else if ('not' in node) stack.push({ node: node.not, level: level + 1 });
    else if ('condition' in node) references.push({ name: node.condition, level: level + 1 });
  }
  return { depth, references };
}

function deepest(
  depth: number,
  references: Array<{ name: string; level: number }>,
  named: ReadonlyMap<string, number>,
): number {
  let max = depth;
  for (const ref of references) max = Math.max(max, ref.level + (named.get(ref.name) ?? 0));
  return max;
}

/**
 * The expanded depth of every named condition, for a set without cycles (checked before). Iterative,
 * so a chain of any length is measured without overflowing the stack.
 *
 * @example
 * const b = { not: { fact: 'cause', operator: 'equal', value: null } };
 * namedConditionDepths({ a: { all: [{ condition: 'b' }] }, b });
 * // Map { 'b' => 1, 'a' => 3 }
 */
export function namedConditionDepths(named: Readonly<Record<string, Condition>>): Map<string, number> {
  const depths = new Map<string, number>();
  const local = new Map(Object.entries(named).map(([name, condition]) => [name, localDepths(condition)]));
  const visiting = new Set<string>();
  for (const start of local.keys()) {
    const stack = [start];
    while (stack.length > 0) {
      const name = stack[stack.length - 1]!;
      if (depths.has(name)) {
        stack.pop();
        continue;
      }
      visiting.add(name);
      const { depth, references } = local.get(name)!;
      const pending = references.filter(
        (ref) => local.has(ref.name) && !depths.has(ref.name) && !visiting.has(ref.name),
      );
      if (pending.length > 0) {
        for (const ref of pending) stack.push(ref.name);
        continue;
      }
      depths.set(name, deepest(depth, references, depths));
      visiting.delete(name);
      stack.pop();
    }
  }
  return depths;
}

/**
 * The expanded depth of one condition tree, given the named conditions' depths.
 *
 * @example
 * conditionDepth({ all: [{ condition: 'a' }] }, new Map([['a', 3]])); // 4
 */
export function conditionDepth(condition: Condition, named: ReadonlyMap<string, number>): number {
  const { depth, references } = localDepths(condition);
  return deepest(depth, references, named);
}
