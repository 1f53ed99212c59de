// The browser entry: the root entry without the bundled rules, which `loadRules` fetches at run time
// (`pos-dispute-triage/rules.json`). Browser-safe like the root entry; every export is listed by name.
export { createTriage } from './browser/create-triage.js';
export type { CreateBrowserTriageOptions } from './browser/create-triage.js';
export type { CreateTriageOptions, SafeTriageResult, Triage } from './triage-core.js';
export { loadRules } from './browser/load-rules.js';
export type { LoadRulesOptions } from './browser/load-rules.js';
export { hydrateRules } from './browser/hydrate-rules.js';
export type { HydrateRulesOptions } from './browser/hydrate-rules.js';
export { packRules } from './browser/pack-rules.js';
export { RULES_JSON_FORMAT } from './browser/rules-json.js';
export type { RulesJson, RulesJsonPath } from './browser/rules-json.js';
export { draftDocument } from './browser/draft-document.js';
export type { DraftBrowserDocumentOptions } from './browser/draft-document.js';
export * from './shared-exports.js';
