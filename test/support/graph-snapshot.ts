interface Entry {
  owner: object;
  keys: PropertyKey[];
  values: unknown[];
}

function entryOf(owner: object): Entry {
  const keys: PropertyKey[] = [];
  const values: unknown[] = [];
  for (const key of Reflect.ownKeys(owner)) {
    keys.push(key);
    values.push((owner as Record<PropertyKey, unknown>)[key]);
  }
  const add = (key: unknown, value: unknown) => {
    keys.push(key as PropertyKey);
    values.push(value);
  };
  if (owner instanceof Map) for (const [k, v] of owner) add(k, v);
  else if (owner instanceof Set) for (const v of owner) add(v, v);
  else if (owner instanceof Date) add('[time]', owner.getTime());
  return { owner, keys, values };
}

/**
 * Records every own property (prototype-named ones included), Map and Set entry reachable from
 * `value`, without copying strings and without recursion (structuredClone and JSON.stringify
 * overflow long before a 100,000-deep value does). The returned function lists what changed since.
 */
export function snapshotGraph(value: unknown): () => string[] {
  const entries: Entry[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const entry = entryOf(node);
    entries.push(entry);
    for (const v of entry.values) stack.push(v);
    if (node instanceof Map) for (const k of node.keys()) stack.push(k);
  }
  return () => {
    const changes: string[] = [];
    for (const before of entries) {
      const after = entryOf(before.owner);
      const same =
        after.keys.length === before.keys.length &&
        after.keys.every((k, i) => Object.is(k, before.keys[i]) && Object.is(after.values[i], before.values[i]));
      if (!same) changes.push(`changed: ${before.keys.map(String).join(', ').slice(0, 200)}`);
    }
    return changes;
  };
}
