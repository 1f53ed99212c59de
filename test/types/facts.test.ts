// The facts type and Condition come from the source (the derivation steps, the zod schemas): these
// type assertions fail `npx tsc --noEmit` (and vitest's typecheck) when they drift from the catalog
// or from the shapes rule authors and assemble/ rely on.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Condition } from '../../src/index.js';
import type { ContactFact } from '../../src/facts/contact-facts.js';
import type { CONTACT_FIELDS, LIST_FACTS, OBJECT_FACTS, SCALAR_FACTS } from '../../src/facts/fact-catalog.js';
import type { DateFact } from '../../src/facts/date-facts.js';
import type { Facts } from '../../src/facts/facts.js';
import { ConditionSchema } from '../../src/rules/condition-schema.js';

type CatalogName = (typeof SCALAR_FACTS | typeof LIST_FACTS | typeof OBJECT_FACTS)[number];

/** The condition type as it was written by hand before it was inferred: still accepted both ways. */
type HandWrittenCondition =
  | { all: HandWrittenCondition[]; name?: string; priority?: number }
  | { any: HandWrittenCondition[]; name?: string; priority?: number }
  | { not: HandWrittenCondition; name?: string; priority?: number }
  | { condition: string; name?: string; priority?: number }
  | {
      fact: string;
      operator: string;
      value: unknown;
      path?: string;
      params?: Record<string, unknown>;
      name?: string;
      priority?: number;
    };

describe('Facts', () => {
  it('has exactly the names of the fact catalog, each with its own type', () => {
    expectTypeOf<keyof Facts>().toEqualTypeOf<CatalogName>();
    expectTypeOf<keyof ContactFact>().toEqualTypeOf<(typeof CONTACT_FIELDS)[number]>();
    expectTypeOf<Facts['evidenceHeld']>().toEqualTypeOf<string[]>();
    expectTypeOf<Facts['cause']>().toEqualTypeOf<string | null>();
    expectTypeOf<Facts['contact']>().toEqualTypeOf<Record<string, ContactFact>>();
    expectTypeOf<Facts['daysSince']>().toEqualTypeOf<Record<DateFact, number | null>>();
    expectTypeOf<Facts['network']>().toEqualTypeOf<
      'unionpay' | 'visa' | 'mastercard' | 'amex' | 'jcb' | 'wechat_pay' | 'alipay' | 'other' | null
    >();
    expectTypeOf<Facts['signals']['fraudSuspected']>().toEqualTypeOf<boolean | null>();
  });
});

describe('Condition', () => {
  it('is inferred from ConditionSchema and matches the hand-written shape both ways', () => {
    expectTypeOf<Condition>().not.toBeAny();
    expectTypeOf<HandWrittenCondition>().toExtend<Condition>();
    expectTypeOf<Condition>().toExtend<HandWrittenCondition>();
    const fraud: Condition = {
      any: [{ fact: 'signals', path: 'fraudSuspected', operator: 'equal', value: true }, { not: { condition: 'x' } }],
    };
    expect(ConditionSchema.parse(fraud)).toEqual(fraud);
    // @ts-expect-error a misspelt key is no condition
    const misspelt: Condition = { any: [{ fact: 'stage', operator: 'equal', valu: 'retrieval' }] };
    expect(ConditionSchema.safeParse(misspelt).success).toBe(false);
  });
});
