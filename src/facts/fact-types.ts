// The type of each fact's value as derive-facts computes it, so the condition checker can match an
// operator and a value against the fact they test. Machinery, like fact-catalog.ts: a fact missing
// here is still allowed, it is only checked less closely.

/** One kind of fact value; `list` is an array of ids. */
export type FactKind = 'string' | 'number' | 'boolean' | 'null' | 'list';

const STRING_OR_NULL: readonly FactKind[] = ['string', 'null'];
const NUMBER_OR_NULL: readonly FactKind[] = ['number', 'null'];
const BOOLEAN_OR_NULL: readonly FactKind[] = ['boolean', 'null'];

/** Scalar and list facts by name. */
const WHOLE_FACTS: Readonly<Record<string, readonly FactKind[]>> = {
  scenario: ['string'],
  cause: STRING_OR_NULL,
  causeFromReasonCode: ['boolean'],
  party: ['string'],
  stage: STRING_OR_NULL,
  network: STRING_OR_NULL,
  reasonCode: STRING_OR_NULL,
  reasonCodeKnown: ['boolean'],
  cardPresent: BOOLEAN_OR_NULL,
  entryMode: STRING_OR_NULL,
  verification: STRING_OR_NULL,
  acquirerKind: STRING_OR_NULL,
  amount: NUMBER_OR_NULL,
  currency: ['string'],
  disputeAmount: NUMBER_OR_NULL,
  settlementCycle: STRING_OR_NULL,
  settlementPayer: STRING_OR_NULL,
  holdNotice: BOOLEAN_OR_NULL,
  expectedAmount: NUMBER_OR_NULL,
  receivedAmount: NUMBER_OR_NULL,
  shortfall: NUMBER_OR_NULL,
  refundMethod: STRING_OR_NULL,
  refundStatus: STRING_OR_NULL,
  depositAmount: NUMBER_OR_NULL,
  transactionsAfterReport: NUMBER_OR_NULL,
  contactCount: ['number'],
  mostAdvancedContact: STRING_OR_NULL,
  evidenceHeld: ['list'],
  contactedChannels: ['list'],
  unansweredChannels: ['list'],
};

/** Object facts: the kind of the value one (already checked) path picks, by the path's last key. */
const OBJECT_FACT_LEAVES: Readonly<Record<string, (key: string) => readonly FactKind[] | undefined>> = {
  signals: () => ['boolean'],
  daysSince: () => NUMBER_OR_NULL,
  workingDaysSince: () => NUMBER_OR_NULL,
  monthsSince: () => NUMBER_OR_NULL,
  params: () => ['number'],
  contact: (key) =>
    ({
      tried: ['boolean'],
      responded: BOOLEAN_OR_NULL,
      unanswered: ['boolean'],
      daysSince: NUMBER_OR_NULL,
      workingDaysSince: NUMBER_OR_NULL,
    })[key] as readonly FactKind[] | undefined,
};

/**
 * The kinds of value a fact (with its path, for object facts) can hold; `undefined` when unknown.
 *
 * @example
 * factKinds('stage'); // ['string', 'null']
 * factKinds('contact', 'court.tried'); // ['boolean']
 */
export function factKinds(fact: string, path?: string): readonly FactKind[] | undefined {
  const leaf = Object.hasOwn(OBJECT_FACT_LEAVES, fact) ? OBJECT_FACT_LEAVES[fact] : undefined;
  if (leaf) return path === undefined ? undefined : leaf(path.split('.').pop()!);
  if (path !== undefined || !Object.hasOwn(WHOLE_FACTS, fact)) return undefined;
  return WHOLE_FACTS[fact];
}
