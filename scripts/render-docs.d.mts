// Types for render-docs.mjs, so TypeScript tests can import it.
export function renderCaseDocs(
  caseSchema: Record<string, unknown>,
  examples: Array<{ name: string; kase: Record<string, unknown> }>,
): string;
export function renderFactDocs(catalog: {
  dateFacts: readonly string[];
  scalarFacts: readonly string[];
  listFacts: readonly string[];
  objectFacts: readonly string[];
  contactFields: readonly string[];
  operators: readonly string[];
  descriptions: Readonly<Record<string, string>>;
}): string;
export function renderCaseVocabularyTypes(vocabulary: {
  scenarios: readonly string[];
  causes: readonly string[];
  stages: readonly string[];
  evidence: readonly string[];
  channels: readonly string[];
}): string;
export function renderIssueCodeTable(readme: string, codes: Readonly<Record<string, string>>): string;
