// Types for write-rules-json.mjs, so TypeScript tests can import it.

/** Where `npm run build` writes the bundled rules as JSON (`pos-dispute-triage/rules.json`). */
export const RULES_JSON: string;

/** `packRules(defaultRules())` from the sources in src/, as the JSON text written to dist/rules.json. */
export function packDefaultRules(): Promise<string>;
