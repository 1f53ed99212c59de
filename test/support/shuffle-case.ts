// The case generator's seeded PRNG (mulberry32), so a shuffle is reproducible from fast-check's seed.
import { createRandom } from '../../scripts/generate-cases.mjs';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A deep copy of a case with every object's keys in a new order and, when `arrays` names them,
 * those arrays' items in a new order too (contacts and held evidence carry no meaning in their order).
 */
export function shuffleCase(value: unknown, seed: number, arrays: readonly string[] = []): unknown {
  const random = createRandom(seed).next;
  const visit = (node: unknown, key: string | undefined): unknown => {
    if (Array.isArray(node)) {
      const items = node.map((item) => visit(item, undefined));
      return key !== undefined && arrays.includes(key) ? shuffled(items, random) : items;
    }
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const k of shuffled(Object.keys(node), random)) {
      Object.defineProperty(out, k, {
        value: visit((node as Record<string, unknown>)[k], k),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return visit(value, undefined);
}
