// The browser-safe root entry: no file system, no process, no global clock. Every export is listed by name,
// here and in shared-exports.ts (the part pos-dispute-triage/browser shares).
export { createTriage, defaultRules } from './triage.js';
export type { CreateTriageOptions, SafeTriageResult, Triage } from './triage.js';
export * from './shared-exports.js';
export { withDefaultRules } from './rules/with-default-rules.js';
export { draftDocument } from './documents/draft-with-default-rules.js';
