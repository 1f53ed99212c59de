import * as z from 'zod'; // a namespace import lets bundlers drop unused zod, e.g. its locales
import { SIGNALS, type Signal } from './case-enums.js';

/** What each signal says when true; the schema's fields follow SIGNALS, the one list of names. */
const SIGNAL_DESCRIPTIONS: Readonly<Record<Signal, string>> = {
  fraudSuspected: 'Whether fraud, theft or embezzlement is suspected (adds police_110 in parallel).',
  counterpartyUnreachable: 'Whether the other side (agent, provider, customer) cannot be reached.',
  arbitrationClause: 'Whether the contract names arbitration for disputes.',
  consumerPurchase: 'Whether consumer protection applies (the buyer acted as a consumer).',
  alreadyRefunded: 'Whether the customer has already been refunded for this transaction.',
  chargebackThreatened: 'The customer says they will dispute the sale with their bank.',
  merchantIsConsumer: 'The merchant bought the terminal or service for personal use (deposit and provider cases).',
  customerIsConsumer: "The merchant's customer is a consumer (refund and chargeback cases).",
};

type SignalShape = { [name in Signal]: z.ZodOptional<z.ZodBoolean> };

function signalShape(): SignalShape {
  const shape: Partial<SignalShape> = {};
  for (const name of SIGNALS) shape[name] = z.boolean().optional().describe(SIGNAL_DESCRIPTIONS[name]);
  return shape as SignalShape;
}

/**
 * The case's `signals` object: one optional yes/no field per name in SIGNALS.
 *
 * @example
 * createSignalsSchema().parse({ fraudSuspected: true });
 */
export function createSignalsSchema() {
  return z.strictObject(signalShape());
}
