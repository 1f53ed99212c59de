// What a document template may name. Machinery only: which values the filler can compute, not what
// any document says (that lives in rules/templates/).

/** `doc.*` values computed from the case and the result for every document. */
export const DOC_VALUES = [
  'today',
  'case_id',
  'title',
  'channel',
  'scenario',
  'cause',
  'facts',
  'claim',
  'contacts',
  'evidence',
  'evidence_missing',
  'deadlines',
  'next_steps',
  'parallel',
] as const;
export type DocValue = (typeof DOC_VALUES)[number];

/** Line formats every template set must define, with the `item.*` fields each may use. */
export const LINE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  blank: ['label'],
  blanks_header: [],
  blanks_item: ['label'],
  date: ['y', 'm', 'd', 'm2', 'd2'],
  date_time: ['y', 'm', 'd', 'm2', 'd2', 'hh', 'mi'],
  money: ['amount', 'currency'],
  money_cny: ['amount'],
  yes: [],
  no: [],
  none: [],
  separator: [],
  contact: ['at', 'channel', 'status', 'reference'],
  contact_answered: [],
  contact_unanswered: [],
  evidence: ['n', 'label', 'date', 'proves'],
  evidence_missing: ['label'],
  deadline: ['label', 'due', 'basis'],
};

/**
 * Placeholder namespaces: `case.` fields, `fact.` scalar facts, `ask.` facts only the merchant knows,
 * `doc.` values.
 */
export const NAMESPACES = ['case', 'fact', 'ask', 'doc'] as const;
