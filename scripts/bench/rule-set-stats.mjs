// What the rule set holds, for the report's header: packs, rules, leaf conditions, gates, doneWhen.

/** Leaf conditions (fact + operator) under a condition tree. */
function countLeaves(node) {
  if (Array.isArray(node)) return node.reduce((n, child) => n + countLeaves(child), 0);
  if (node === null || typeof node !== 'object') return 0;
  if ('fact' in node && 'operator' in node) return 1;
  return ['all', 'any', 'not'].reduce((n, key) => n + (key in node ? countLeaves(node[key]) : 0), 0);
}

export function ruleSetStats(ruleSet) {
  const done = Object.values(ruleSet.catalog.actions).filter((action) => action.doneWhen);
  const trees = [
    ...ruleSet.rules.map((rule) => rule.conditions),
    ...Object.values(ruleSet.namedConditions),
    ...Object.values(ruleSet.catalog.gates).map((gate) => gate.conditions),
    ...done.map((action) => action.doneWhen),
  ];
  return {
    rules: ruleSet.rules.length,
    leaves: countLeaves(trees),
    gates: Object.keys(ruleSet.catalog.gates).length,
    done: done.length,
    packs: ruleSet.packs.filter((p) => p.kind === 'rules').length,
  };
}
