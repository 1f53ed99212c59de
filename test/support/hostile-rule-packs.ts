// Rule files a hostile or careless partner might send, each with the issue loading must answer it
// with. Shared by the compile, load, lint and global-prototype tests, so they try the same packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSource } from '../../src/index.js';
import { objectWithOwnKeys } from './case-arbitraries.js';
import { ROOT } from './fixtures.js';

export interface HostilePack {
  /** What is wrong, as a test name. */
  name: string;
  /** File name inside the rules directory. */
  file: string;
  /** The file's text (JSON, possibly hostile). */
  text: string;
  /** The issue code and JSON pointer loading must report for this file. */
  code: string;
  path: string | RegExp;
}

/** The bundled catalog and common pack the hostile packs sit next to, as files. */
export const BASE_FILES: ReadonlyArray<{ file: string; text: string }> = [
  { file: 'catalog/core.json', text: readFileSync(join(ROOT, 'rules', 'catalog', 'core.json'), 'utf8') },
  { file: 'catalog/sources.json', text: readFileSync(join(ROOT, 'rules', 'catalog', 'sources.json'), 'utf8') },
  { file: 'common.json', text: readFileSync(join(ROOT, 'rules', 'common.json'), 'utf8') },
];

export function baseSources(): RuleSource[] {
  return BASE_FILES.map(({ file, text }) => ({ file, content: JSON.parse(text) }));
}

const TEXT = { 'zh-CN': '敌意', en: 'hostile' };
const LEAF = { fact: 'scenario', operator: 'equal', value: 'chargeback' };

function rule(id: string, conditions: unknown, extra: Record<string, unknown> = {}) {
  return {
    id,
    description: TEXT,
    sources: ['S1'],
    confidence: 'uncertain',
    priority: 10,
    conditions,
    outcome: { severity: 'low' },
    ...extra,
  };
}

/** A pack whose one rule has `conditions`; `edit` may change the pack object before it is written. */
function pack(
  id: string,
  conditions: unknown,
  edit: (p: Record<string, unknown>) => Record<string, unknown> = (p) => p,
): string {
  return JSON.stringify(
    edit({ kind: 'rules', id, version: '1.0.0', title: TEXT, rules: [rule(`${id}.rule`, conditions)] }),
  );
}

/** A pack text with a deep JSON fragment spliced in where the placeholder string was. */
function withDeep(text: string, deep: string): string {
  return text.replace('"__DEEP__"', deep);
}

function chain(n: number): Record<string, unknown> {
  const names = Array.from({ length: n }, (_, i) => `c${i}`);
  return Object.fromEntries(names.map((name, i) => [name, { all: [{ condition: names[(i + 1) % n] }] }]));
}

const leafWith = (fields: Record<string, unknown>) => ({ all: [{ ...LEAF, ...fields }] });

/** A chain of `n` named conditions without a cycle, the last one a plain leaf. */
function acyclicChain(n: number): Record<string, unknown> {
  const names = Array.from({ length: n }, (_, i) => `d${i}`);
  return Object.fromEntries(names.map((name, i) => [name, { all: [i + 1 < n ? { condition: names[i + 1] } : LEAF] }]));
}

/** A catalog with one gate (or one action's doneWhen) whose conditions are `conditions`. */
function catalogWith(id: string, section: 'gates' | 'actions', conditions: unknown): string {
  const entry =
    section === 'gates' ? { message: TEXT, conditions, keepInLadder: true } : { label: TEXT, doneWhen: conditions };
  return JSON.stringify({ kind: 'catalog', id, version: '1.0.0', [section]: { [`${id}_entry`]: entry } });
}

const POINTER = '/rules/0/conditions/all/0';

/** Conditions that passed every check once and then failed every triage, or could never fire. */
function typeHoles(): Array<Omit<HostilePack, 'file'>> {
  const named = (p: Record<string, unknown>) => ({
    ...p,
    conditions: { in_null: { any: [{ ...LEAF, operator: 'in', value: null }] } },
  });
  return [
    {
      name: '"in" with the value null',
      text: pack('in_null', leafWith({ operator: 'in', value: null })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: '"notIn" with a number',
      text: pack('notin_number', leafWith({ operator: 'notIn', value: 3 })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: '"in" with a boolean',
      text: pack('in_boolean', leafWith({ operator: 'in', value: true })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: '"in" with a fact reference to a fact that is not a list',
      text: pack('in_ref', leafWith({ operator: 'in', value: { fact: 'stage' } })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: '"in" with null in a named condition',
      text: pack('in_named', { all: [{ condition: 'in_null' }] }, named),
      code: 'wrong_value_type',
      path: '/conditions/in_null/any/0/value',
    },
    {
      name: '"in" with null in a gate',
      text: catalogWith('gate_in_null', 'gates', { all: [{ ...LEAF, operator: 'in', value: null }] }),
      code: 'wrong_value_type',
      path: '/gates/gate_in_null_entry/conditions/all/0/value',
    },
    {
      name: '"notIn" with a fact reference in doneWhen',
      text: catalogWith('done_notin_ref', 'actions', {
        any: [{ ...LEAF, operator: 'notIn', value: { fact: 'amount' } }],
      }),
      code: 'wrong_value_type',
      path: '/actions/done_notin_ref_entry/doneWhen/any/0/value',
    },
    {
      name: '"contains" on a single-value fact',
      text: pack('contains_scalar', leafWith({ fact: 'stage', operator: 'contains', value: 'retrieval' })),
      code: 'wrong_operator',
      path: `${POINTER}/operator`,
    },
    {
      name: '"doesNotContain" on an object fact\'s value',
      text: pack(
        'dnc_signal',
        leafWith({ fact: 'signals', path: 'fraudSuspected', operator: 'doesNotContain', value: true }),
      ),
      code: 'wrong_operator',
      path: `${POINTER}/operator`,
    },
    {
      name: 'a number comparison with a string',
      text: pack('gt_string', leafWith({ fact: 'amount', operator: 'greaterThan', value: '100' })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: 'a number comparison on a string fact',
      text: pack('lt_stage', leafWith({ fact: 'stage', operator: 'lessThan', value: 3 })),
      code: 'wrong_operator',
      path: `${POINTER}/operator`,
    },
    {
      name: 'a value of the wrong kind for the fact',
      text: pack('eq_kind', leafWith({ fact: 'cardPresent', operator: 'equal', value: 'true' })),
      code: 'wrong_value_type',
      path: `${POINTER}/value`,
    },
    {
      name: 'a fact reference with a path that is not a string',
      text: pack('ref_path', leafWith({ fact: 'amount', operator: 'greaterThan', value: { fact: 'params', path: 7 } })),
      code: 'invalid_value',
      path: `${POINTER}/value/path`,
    },
    {
      name: 'a chain of 20,000 named conditions without a cycle',
      text: pack('chain_long', { all: [{ condition: 'd0' }] }, (p) => ({ ...p, conditions: acyclicChain(20_000) })),
      code: 'too_deep',
      path: '/rules/0/conditions',
    },
  ];
}

/** Hostile packs that parse as JSON; loading (compile or file load) must reject each with its issue. */
export function hostilePacks(): HostilePack[] {
  const list: Array<Omit<HostilePack, 'file'>> = [
    {
      name: 'a JSONPath filter expression in a path',
      text: pack('jp_filter', leafWith({ fact: 'signals', path: '$..[?(@.constructor)]', value: true })),
      code: 'unsafe_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'a JSONPath script expression in a path',
      text: pack(
        'jp_script',
        leafWith({ fact: 'daysSince', path: '$.noticeAt[(@.length-1)]', operator: 'greaterThan', value: 1 }),
      ),
      code: 'unsafe_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'a JSONPath wildcard in a path',
      text: pack('jp_wildcard', leafWith({ fact: 'contact', path: '$.*', value: true })),
      code: 'unsafe_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'JSONPath recursive descent in a path',
      text: pack('jp_descent', leafWith({ fact: 'signals', path: '$..fraudSuspected', value: true })),
      code: 'unsafe_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'a JSONPath filter in a fact reference',
      text: pack(
        'jp_reference',
        leafWith({ fact: 'amount', operator: 'greaterThan', value: { fact: 'params', path: '$..[?(@ > 0)]' } }),
      ),
      code: 'unsafe_path',
      path: '/rules/0/conditions/all/0/value/path',
    },
    {
      name: 'a path into __proto__',
      text: pack('path_proto', leafWith({ fact: 'signals', path: '__proto__', value: true })),
      code: 'unknown_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'a path into constructor',
      text: pack('path_constructor', leafWith({ fact: 'params', path: 'constructor.name', value: 'Object' })),
      code: 'unknown_path',
      path: '/rules/0/conditions/all/0/path',
    },
    {
      name: 'an unknown operator',
      text: pack('op_regex', leafWith({ operator: 'regex', value: '.*' })),
      code: 'unknown_operator',
      path: '/rules/0/conditions/all/0/operator',
    },
    {
      name: 'the operator __proto__',
      text: pack('op_proto', leafWith({ operator: '__proto__' })),
      code: 'unknown_operator',
      path: '/rules/0/conditions/all/0/operator',
    },
    {
      name: 'the operator constructor',
      text: pack('op_constructor', leafWith({ operator: 'constructor' })),
      code: 'unknown_operator',
      path: '/rules/0/conditions/all/0/operator',
    },
    {
      name: 'a named condition that refers to itself',
      text: pack('cycle_self', { all: [{ condition: 'loop' }] }, (p) => ({
        ...p,
        conditions: { loop: { any: [{ condition: 'loop' }] } },
      })),
      code: 'cyclic_condition',
      path: '/conditions/loop',
    },
    {
      name: 'two named conditions in a cycle',
      text: pack('cycle_pair', { all: [{ condition: 'ping' }] }, (p) => ({
        ...p,
        conditions: { ping: { all: [{ condition: 'pong' }] }, pong: { not: { condition: 'ping' } } },
      })),
      code: 'cyclic_condition',
      path: /^\/conditions\/p[io]ng$/,
    },
    {
      name: 'a cycle through 10,000 named conditions',
      text: pack('cycle_long', { all: [{ condition: 'c0' }] }, (p) => ({ ...p, conditions: chain(10_000) })),
      code: 'cyclic_condition',
      path: /^\/conditions\/c\d+$/,
    },
    {
      name: 'a __proto__ key at the top of a pack',
      text: pack('key_proto_top', leafWith({}), (p) =>
        objectWithOwnKeys([...Object.entries(p), ['__proto__', { polluted: true }]]),
      ),
      code: 'forbidden_key',
      path: '/__proto__',
    },
    {
      name: 'a __proto__ key inside a rule',
      text: pack('key_proto_rule', leafWith({}), (p) => ({
        ...p,
        rules: [
          objectWithOwnKeys([
            ...Object.entries(rule('key_proto_rule.rule', leafWith({}))),
            ['__proto__', { polluted: true }],
          ]),
        ],
      })),
      code: 'forbidden_key',
      path: '/rules/0/__proto__',
    },
    {
      name: 'a __proto__ key in a condition leaf',
      text: pack('key_proto_leaf', {
        all: [objectWithOwnKeys([...Object.entries(LEAF), ['__proto__', { polluted: true }]])],
      }),
      code: 'forbidden_key',
      path: '/rules/0/conditions/all/0/__proto__',
    },
    {
      name: 'a __proto__ key inside a condition value',
      text: pack('key_proto_value', leafWith({ value: objectWithOwnKeys([['__proto__', { polluted: true }]]) })),
      code: 'forbidden_key',
      path: '/rules/0/conditions/all/0/value/__proto__',
    },
    {
      name: 'a constructor key among the parameters',
      text: pack('key_constructor', leafWith({}), (p) => ({
        ...p,
        parameters: {
          constructor: { value: 1, unit: 'calendar_day', description: TEXT, sources: ['S1'], confidence: 'uncertain' },
        },
      })),
      code: 'forbidden_key',
      path: '/parameters/constructor',
    },
    {
      name: 'a prototype key in an outcome',
      text: pack('key_prototype', leafWith({}), (p) => ({
        ...p,
        rules: [rule('key_prototype.rule', leafWith({}), { outcome: { prototype: { polluted: true } } })],
      })),
      code: 'forbidden_key',
      path: '/rules/0/outcome/prototype',
    },
    {
      name: 'a __proto__ channel in a catalog',
      text: JSON.stringify({
        kind: 'catalog',
        id: 'key_proto_catalog',
        version: '1.0.0',
        channels: objectWithOwnKeys([['__proto__', { label: TEXT, rank: 1 }]]),
      }),
      code: 'forbidden_key',
      path: '/channels/__proto__',
    },
    {
      name: 'conditions nested 10,000 deep',
      text: withDeep(
        pack('deep_not', { all: ['__DEEP__'] }),
        '{"not":'.repeat(10_000) + JSON.stringify(LEAF) + '}'.repeat(10_000),
      ),
      code: 'limit_exceeded',
      path: /^\/rules\/0\/conditions\/all\/0(\/not)+$/,
    },
    {
      name: 'conditions nested 100,000 deep',
      text: withDeep(
        pack('deep_all', '__DEEP__'),
        '{"all":['.repeat(100_000) + JSON.stringify(LEAF) + ']}'.repeat(100_000),
      ),
      code: 'limit_exceeded',
      path: /^\/rules\/0\/conditions(\/all\/0)+/,
    },
    {
      name: 'a condition value nested 100,000 deep',
      text: withDeep(
        pack('deep_value', leafWith({ operator: 'in', value: '__DEEP__' })),
        '['.repeat(100_000) + ']'.repeat(100_000),
      ),
      code: 'limit_exceeded',
      path: /^\/rules\/0\/conditions\/all\/0\/value(\/0)+$/,
    },
    {
      name: 'a string of 200,000 characters',
      text: pack('huge_string', leafWith({}), (p) => ({ ...p, title: { 'zh-CN': '敌意', en: 'x'.repeat(200_000) } })),
      code: 'limit_exceeded',
      path: '/title/en',
    },
    {
      name: 'a day count of a trillion days in a parameter',
      text: pack('days_trillion', leafWith({}), (p) => ({
        ...p,
        parameters: {
          hostile_days: {
            value: 1e12,
            unit: 'working_day',
            description: TEXT,
            sources: ['S1'],
            confidence: 'uncertain',
          },
        },
        rules: [
          rule('days_trillion.rule', leafWith({}), {
            outcome: {
              deadlines: [
                {
                  id: 'hostile_deadline',
                  label: TEXT,
                  from: 'noticeAt',
                  days: { param: 'hostile_days' },
                  unit: 'working_day',
                  sources: ['S1'],
                  confidence: 'uncertain',
                },
              ],
            },
          }),
        ],
      })),
      code: 'invalid_parameter',
      path: '/rules/0/outcome/deadlines/0/days/param',
    },
    {
      name: 'a settlement cycle of a billion days',
      text: JSON.stringify({
        kind: 'catalog',
        id: 'cycle_billion',
        version: '1.0.0',
        settlementCycles: { 'T+forever': { days: 1e9, unit: 'working_day' } },
      }),
      code: 'too_big',
      path: '/settlementCycles/T+forever/days',
    },
    ...typeHoles(),
    { name: 'a pack that is null', text: 'null', code: 'invalid_type', path: '' },
    { name: 'a pack that is an array', text: '[{"kind":"rules"}]', code: 'invalid_type', path: '' },
  ];
  return list.map((p, i) => ({ ...p, file: `hostile-${String(i).padStart(2, '0')}.json` }));
}
