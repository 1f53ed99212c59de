/** Size limits for a case. The defaults are far above any honest case; callers may tighten or loosen them. */
export interface CaseLimits {
  /** Longest string anywhere in a case (characters). */
  maxStringLength: number;
  /** Most entries in `contacts`. */
  maxContacts: number;
  /** Most entries in `evidence`. */
  maxEvidence: number;
}

export const DEFAULT_CASE_LIMITS: CaseLimits = { maxStringLength: 2000, maxContacts: 500, maxEvidence: 500 };
