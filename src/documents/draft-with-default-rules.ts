import type { Result } from '../result/schema.js';
import { defaultRules } from '../triage.js';
import { type DraftDocumentOptions, type DraftedDocument, draftDocumentWith } from './draft-document.js';

/**
 * Drafts the document for a channel from a case and its result: parties, local dates, amounts,
 * references, what was tried and when, the evidence held in date order with what each item proves,
 * and the claim. A fact the case lacks becomes a marked blank, listed at the top and in `blanks`;
 * nothing is invented. Pure: same case, result and rules give the same text on any host.
 *
 * @example
 * import { createTriage, draftDocument } from 'pos-dispute-triage';
 * const triage = createTriage();
 * const result = await triage.triage(kase);
 * const draft = draftDocument(kase, result, { rules: triage.ruleSet }); // the next channel's document
 * const letter = draftDocument(kase, result, { channel: 'samr_12315', format: 'html' });
 */
export function draftDocument(caseInput: unknown, result: Result, options: DraftDocumentOptions = {}): DraftedDocument {
  return draftDocumentWith(options.rules ?? defaultRules(), caseInput, result, options);
}
