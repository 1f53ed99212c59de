import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');

export interface Fixture {
  name: string;
  casePath: string;
  expectedPath: string;
  kase: Record<string, unknown>;
}

/** Every `*.case.json` under fixtures/, sorted, with its `*.expected.json` beside it. */
export function listFixtures(dir = FIXTURES): Fixture[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.case.json') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .sort()
    .map((casePath) => ({
      name: relative(dir, casePath).replace(/\.case\.json$/, ''),
      casePath,
      expectedPath: casePath.replace(/\.case\.json$/, '.expected.json'),
      kase: JSON.parse(readFileSync(casePath, 'utf8')) as Record<string, unknown>,
    }));
}

/** The golden text for a result: pretty JSON with a final newline. */
export function goldenText(result: unknown): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Reads the golden, or writes it when UPDATE_GOLDEN=1 (then the comparison is trivially equal). */
export function readGolden(path: string, actual: string): string | undefined {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
