/**
 * Size limits for a case. The defaults are far above any honest case; callers may tighten or loosen them.
 *
 * @example
 * const triage = createTriage({ limits: { maxStringLength: 500 } });
 */
export interface CaseLimits {
  /** Longest string anywhere in a case (characters). */
  maxStringLength: number;
  /** Most entries in `contacts`. */
  maxContacts: number;
  /** Most entries in `evidence`. */
  maxEvidence: number;
  /** Longest `dispute.reasonCode` (characters). */
  maxReasonCodeLength: number;
  /** Deepest nesting of objects and arrays, the case object itself being level 1. Checked before the schema. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, …) in the whole case. Checked before the schema. */
  maxNodes: number;
  /** Earliest and latest year a timestamp may name: day counting walks the days between dates. */
  minYear: number;
  maxYear: number;
}

/**
 * The limits `createTriage` applies unless told otherwise.
 *
 * @example
 * const triage = createTriage({ limits: { maxContacts: DEFAULT_CASE_LIMITS.maxContacts * 2 } });
 */
export const DEFAULT_CASE_LIMITS: CaseLimits = {
  maxStringLength: 2000,
  maxContacts: 500,
  maxEvidence: 500,
  maxReasonCodeLength: 40,
  maxDepth: 32,
  maxNodes: 20_000,
  minYear: 1970,
  maxYear: 2100,
};
