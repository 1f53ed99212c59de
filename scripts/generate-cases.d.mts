// Types for generate-cases.mjs, so TypeScript tests can import it.

export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  subset<T>(list: readonly T[], max: number): T[];
}

/** What the generator reads from a rule set. */
export interface GeneratorRuleSet {
  catalog: { causes: Record<string, { scenarios: readonly string[] }>; crosswalk: ReadonlyArray<{ code: string }> };
  vocabulary: {
    scenarios: readonly string[];
    stages: readonly string[];
    evidence: readonly string[];
    channels: readonly string[];
  };
}

export type GeneratedCase = Record<string, unknown> & { id: string; scenario: string; asOf: string };

export function createRandom(seed: number): Random;
export function createCaseGenerator(ruleSet: GeneratorRuleSet, seed?: number): { next(): GeneratedCase };
export function generateCases(ruleSet: GeneratorRuleSet, options: { count: number; seed?: number }): GeneratedCase[];
