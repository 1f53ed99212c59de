// The facts rule conditions may name. This is machinery, not domain knowledge: it says which
// numbers and flags derive-facts computes from any case; what they mean for advice lives in rules/.

import { COMPLAINT_FACTS } from './complaint-facts.js';
import type { VocabularySection } from '../case/field-schemas.js';

export { DATE_FACTS, type DateFact } from './date-facts.js';
export { SIGNALS } from '../case/case-enums.js';

/** Facts that are plain values (string, number, boolean or null). */
export const SCALAR_FACTS = [
  'scenario',
  'cause',
  'causeFromReasonCode',
  'party',
  'stage',
  'network',
  'reasonCode',
  'reasonCodeKnown',
  'cardPresent',
  'entryMode',
  'verification',
  'acquirerKind',
  'amount',
  'currency',
  'disputeAmount',
  'settlementCycle',
  'settlementPayer',
  'holdNotice',
  'expectedAmount',
  'receivedAmount',
  'shortfall',
  'refundMethod',
  'refundStatus',
  'depositAmount',
  'transactionsAfterReport',
  'contactCount',
  'mostAdvancedContact',
  'chipCard',
  'holdKind',
  'feeNoticeDays',
  'agentAcquirerKnown',
  'relatedTransactionCount',
  'reasonCodeOtherNetwork',
  'causeFitsScenario',
  ...COMPLAINT_FACTS,
] as const;

/** Facts that are lists of ids (use `contains` / `doesNotContain`). */
export const LIST_FACTS = [
  'evidenceHeld',
  'contactedChannels',
  'unansweredChannels',
  'evidenceSent',
  'contactOutcomes',
  'relatedRelations',
] as const;

/** Facts that are objects; conditions pick one key with `path`. */
export const OBJECT_FACTS = [
  'signals',
  'daysSince',
  'workingDaysSince',
  'monthsSince',
  'hoursSince',
  'hoursUntil',
  'contact',
  'params',
] as const;

export const CONTACT_FIELDS = [
  'tried',
  'responded',
  'unanswered',
  'daysSince',
  'workingDaysSince',
  'premature',
  'outcome',
] as const;

/** Which scalar or list facts hold vocabulary ids, so rule values can be checked against the catalog. */
export const ID_FACTS: Readonly<Record<string, VocabularySection>> = {
  scenario: 'scenarios',
  cause: 'causes',
  stage: 'stages',
  evidenceHeld: 'evidence',
  evidenceSent: 'evidence',
  contactedChannels: 'channels',
  unansweredChannels: 'channels',
  mostAdvancedContact: 'channels',
};

/** json-rules-engine's built-in operators; nothing else is accepted in rule files. */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/** A fact path: dot-separated names, optionally written JSONPath-style as `$.a.b`. Nothing else. */
export const FACT_PATH = /^(\$\.)?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function splitFactPath(path: string): string[] {
  return (path.startsWith('$.') ? path.slice(2) : path).split('.');
}
