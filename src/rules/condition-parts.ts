import type { Condition, ConditionLeaf } from './condition-schema.js';

/** The leaves and named-condition references of a condition tree. Iterative: deep trees cannot overflow the stack. */
export function conditionParts(condition: Condition): { leaves: ConditionLeaf[]; references: string[] } {
  const leaves: ConditionLeaf[] = [];
  const references: string[] = [];
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('all' in node) stack.push(...node.all);
    else if ('any' in node) stack.push(...node.any);
    else if ('not' in node) stack.push(node.not);
    else if ('condition' in node) references.push(node.condition);
    else leaves.push(node);
  }
  return { leaves, references };
}
