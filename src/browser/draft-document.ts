import { type DraftDocumentOptions, type DraftedDocument, draftDocumentWith } from '../documents/draft-document.js';
import type { Result } from '../result/schema.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * Options for `draftDocument` of `pos-dispute-triage/browser`: `rules` is required.
 *
 * @example
 * const options: DraftBrowserDocumentOptions = { rules: triage.ruleSet, format: 'html' };
 */
export interface DraftBrowserDocumentOptions extends DraftDocumentOptions {
  /** The rule set that holds the templates: the one that produced the result. */
  rules: RuleSet;
}

/**
 * Drafts the document for a channel, as `draftDocument` of the root entry does, with the templates of
 * `options.rules`.
 *
 * @example
 * import { draftDocument } from 'pos-dispute-triage/browser';
 * const draft = draftDocument(kase, result, { rules: triage.ruleSet });
 */
export function draftDocument(
  caseInput: unknown,
  result: Result,
  options: DraftBrowserDocumentOptions,
): DraftedDocument {
  if (!options?.rules) throw new TypeError('expected rules in the options (this entry bundles none); found none');
  return draftDocumentWith(options.rules, caseInput, result, options);
}
