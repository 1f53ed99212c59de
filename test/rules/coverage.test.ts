import { beforeAll, describe, expect, it } from 'vitest';
import { createTriage, type Result } from '../../src/index.js';
import { toCaseJsonSchema, type JsonSchema } from '../../src/schema/json-schemas.js';
import type { Condition } from '../../src/rules/condition-schema.js';
import { conditionParts } from '../../src/rules/condition-parts.js';
import { SIGNALS } from '../../src/case/case-enums.js';
import { listFixtures } from '../support/fixtures.js';

const triage = createTriage();
const ruleSet = triage.ruleSet;
const results: Result[] = [];

beforeAll(async () => {
  for (const fixture of listFixtures()) {
    const outcome = await triage.safeTriage(fixture.kase);
    if (outcome.ok) results.push(outcome.result);
  }
});

function pick({
  title,
  publisher,
  url,
  kind,
  seen,
}: {
  title: string;
  publisher: string;
  url: string | null;
  kind: string;
  seen: string;
}) {
  return { title, publisher, url, kind, seen };
}

/** String values a condition tree (named conditions followed) compares the fact with. */
function conditionValues(condition: Condition, fact: string): string[] {
  const out: string[] = [];
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const { leaves, references } = conditionParts(stack.pop()!);
    for (const name of references) stack.push(ruleSet.namedConditions[name]!);
    for (const leaf of leaves)
      if (leaf.fact === fact) for (const v of [leaf.value].flat()) if (typeof v === 'string') out.push(v);
  }
  return out;
}

describe('rule coverage', () => {
  it('every rule fires in at least one fixture', () => {
    const fired = new Set(results.flatMap((r) => r.explanation.map((x) => x.rule)));
    expect(ruleSet.rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it('every action, evidence and channel id of the catalog is used by some rule', () => {
    const used = { actions: new Set<string>(), evidence: new Set<string>(), channels: new Set<string>() };
    for (const rule of ruleSet.rules) {
      for (const a of rule.outcome.actions ?? []) used.actions.add(a.id);
      for (const e of rule.outcome.evidence ?? []) used.evidence.add(e.id);
      for (const s of rule.outcome.escalation ?? []) used.channels.add(s.channel);
      for (const p of rule.outcome.parallel ?? []) used.channels.add(p.channel);
    }
    expect(Object.keys(ruleSet.catalog.actions).filter((id) => !used.actions.has(id))).toEqual([]);
    expect(Object.keys(ruleSet.catalog.evidence).filter((id) => !used.evidence.has(id))).toEqual([]);
    expect(Object.keys(ruleSet.catalog.channels).filter((id) => !used.channels.has(id))).toEqual([]);
  });

  it('every scenario, cause and dispute stage is named by some rule condition', () => {
    const named = (fact: string) => new Set(ruleSet.rules.flatMap((rule) => conditionValues(rule.conditions, fact)));
    const scenarios = named('scenario');
    const causes = named('cause');
    const stages = named('stage');
    expect(Object.keys(ruleSet.catalog.scenarios).filter((id) => !scenarios.has(id))).toEqual([]);
    expect(Object.keys(ruleSet.catalog.causes).filter((id) => !causes.has(id))).toEqual([]);
    expect(Object.keys(ruleSet.catalog.stages).filter((id) => !stages.has(id))).toEqual([]);
  });

  it('every rule cites source keys of the shipped sources catalog, with labels in both locales', () => {
    const keys = new Set(Object.keys(ruleSet.catalog.sources));
    expect(keys.size).toBeGreaterThan(50);
    const cited = (sources: readonly string[]) => sources.filter((s) => !keys.has(s));
    for (const rule of ruleSet.rules) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(cited(rule.sources), `${rule.id} cites unknown sources`).toEqual([]);
      for (const d of rule.outcome.deadlines ?? []) expect(cited(d.sources), `${rule.id} deadline ${d.id}`).toEqual([]);
      expect(rule.description['zh-CN'].trim(), rule.id).not.toBe('');
      expect(rule.description.en.trim(), rule.id).not.toBe('');
    }
    for (const [name, parameter] of Object.entries(ruleSet.parameters))
      expect(cited(parameter.sources), `parameter ${name}`).toEqual([]);
  });

  it('every result lists exactly the sources it cites, sorted by key, with the catalog entry of each', () => {
    for (const r of results) {
      const cited = new Set([...r.explanation.flatMap((x) => x.sources), ...r.deadlines.flatMap((d) => d.source)]);
      expect(r.sources.map((s) => s.key).sort(), r.caseId).toEqual([...cited].sort());
      const numbers = r.sources.map((s) => Number(s.key.slice(1).replace(/[a-z]+$/, '')));
      expect(numbers, r.caseId).toEqual([...numbers].sort((a, b) => a - b));
      for (const s of r.sources) expect(s, s.key).toEqual({ key: s.key, ...pick(ruleSet.catalog.sources[s.key]!) });
    }
  });

  it('every scenario and every cause gets an action path, an evidence checklist and a channel in some fixture', () => {
    const complete = results.filter(
      (r) => r.actions.length > 0 && r.evidence.length > 0 && r.escalation.channel !== null,
    );
    const scenarios = new Set(complete.map((r) => r.scenario));
    const causes = new Set(complete.map((r) => `${r.scenario}:${r.cause}`));
    expect(Object.keys(ruleSet.catalog.scenarios).filter((id) => !scenarios.has(id))).toEqual([]);
    const expected = Object.entries(ruleSet.catalog.causes).flatMap(([cause, def]) =>
      def.scenarios.map((s) => `${s}:${cause}`),
    );
    expect(expected.filter((pair) => !causes.has(pair))).toEqual([]);
  });

  it('has at least three fixtures per cause and scenario pair', () => {
    const counts = new Map<string, number>();
    for (const r of results) counts.set(`${r.scenario}:${r.cause}`, (counts.get(`${r.scenario}:${r.cause}`) ?? 0) + 1);
    const thin = Object.entries(ruleSet.catalog.causes)
      .flatMap(([cause, def]) => def.scenarios.map((s) => `${s}:${cause}`))
      .filter((pair) => (counts.get(pair) ?? 0) < 3);
    expect(thin).toEqual([]);
  });
});

/** Leaf paths of the case schema (`contacts[].outcome`), from its JSON Schema. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const node = schema as { properties?: Record<string, JsonSchema>; items?: JsonSchema; type?: string };
  if (node.type === 'array' && node.items && (node.items as { properties?: unknown }).properties)
    return schemaPaths(node.items, `${prefix}[]`);
  if (!node.properties || (prefix !== '' && prefix.endsWith('signals'))) return prefix === '' ? [] : [prefix];
  return Object.entries(node.properties).flatMap(([key, child]) =>
    schemaPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** A copy of the case without the field at `path` (in every element of an array on the way). */
function withoutField(kase: unknown, path: string): { copy: unknown; had: boolean } {
  const copy = structuredClone(kase);
  let had = false;
  const drop = (node: unknown, parts: string[]): void => {
    if (node === null || typeof node !== 'object') return;
    const [head, ...rest] = parts;
    const array = head!.endsWith('[]');
    const key = array ? head!.slice(0, -2) : head!;
    const record = node as Record<string, unknown>;
    if (!Object.hasOwn(record, key)) return;
    if (rest.length === 0 && !array) {
      delete record[key];
      had = true;
      return;
    }
    for (const child of array ? (record[key] as unknown[]) : [record[key]]) drop(child, rest);
  };
  drop(copy, path.split('.'));
  return { copy, had };
}

// Kept for the record (echoed in drafts and logs); by design no advice depends on them. The deposit's
// payment date proves the deposit; the limitation clock runs from the agreed refund date instead.
const RECORD_ONLY = [
  'deposit.paidAt',
  'transaction.reference',
  'acquirer.name',
  'terminal.serial',
  'contacts[].reference',
  'relatedTransactions[].reference',
  'relatedTransactions[].amount',
  'relatedTransactions[].at',
  'agent.name',
  'complaint.id',
];

describe('case field coverage', () => {
  const paths = schemaPaths(toCaseJsonSchema(ruleSet.vocabulary)).filter((p) => !RECORD_ONLY.includes(p));
  const fixtures = listFixtures();

  it('finds the v2 fields in the case schema', () => {
    for (const p of [
      'contacts[].outcome',
      'contacts[].sentEvidence',
      'settlement.hold.kind',
      'relatedTransactions[].relation',
      'limitation.interruptedAt',
      'feeChange.announcedAt',
      'agent.acquirerName',
      'transaction.chipCard',
    ])
      expect(paths).toContain(p);
  });

  it('every case field is carried by some fixture and changes the result of one when removed', async () => {
    const unread: string[] = [];
    for (const path of paths) {
      let carried = false;
      let changes = false;
      for (const fixture of fixtures) {
        const { copy, had } = withoutField(fixture.kase, path);
        if (!had) continue;
        carried = true;
        const [before, after] = await Promise.all([triage.safeTriage(fixture.kase), triage.safeTriage(copy)]);
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          changes = true;
          break;
        }
      }
      if (!carried || !changes)
        unread.push(`${path}${carried ? ' (no rule or fact reads it)' : ' (no fixture carries it)'}`);
    }
    expect(unread).toEqual([]);
  });

  it('every signal but the consumer ones scenarios map consumerPurchase onto is named by some condition', () => {
    const text = JSON.stringify([
      ruleSet.rules.map((r) => r.conditions),
      ruleSet.namedConditions,
      ruleSet.catalog.gates,
      ruleSet.catalog.actions,
    ]);
    const consumerSignals = new Set<string | undefined>(
      Object.values(ruleSet.catalog.scenarios).map((s) => s.consumerSignal),
    );
    const signals = SIGNALS.filter((s) => !consumerSignals.has(s));
    expect(signals).toContain('chargebackThreatened');
    expect(signals.filter((s) => !text.includes(`"path":"${s}"`))).toEqual([]);
  });
});
