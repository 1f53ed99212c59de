/** Freezes a value and everything reachable from it, so any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) stack.push((current as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
