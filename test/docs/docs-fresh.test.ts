// docs/case.md, docs/facts.md, the id types of CaseInput and README's issue-code table are generated from the
// case schema, the fact catalog, the bundled vocabulary and ISSUE_CODES; they stay
// fresh (UPDATE_DOCS=1, or `npm run docs`, rewrites them) and every case field carries a description.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderCaseDocs,
  renderCaseVocabularyTypes,
  renderFactDocs,
  renderIssueCodeTable,
} from '../../scripts/render-docs.mjs';
import {
  CONTACT_FIELDS,
  DATE_FACTS,
  LIST_FACTS,
  OBJECT_FACTS,
  OPERATORS,
  SCALAR_FACTS,
} from '../../src/facts/fact-catalog.js';
import { FACT_DESCRIPTIONS } from '../../src/facts/fact-descriptions.js';
import { defaultRules, ISSUE_CODES, toCaseJsonSchema, toResultJsonSchema } from '../../src/index.js';
import { listFixtures, ROOT } from '../support/fixtures.js';

const caseSchema = toCaseJsonSchema(defaultRules().vocabulary, { catalog: defaultRules().catalog });
const docs = {
  'docs/case.md': renderCaseDocs(caseSchema, listFixtures()),
  'docs/facts.md': renderFactDocs({
    dateFacts: DATE_FACTS,
    scalarFacts: SCALAR_FACTS,
    listFacts: LIST_FACTS,
    objectFacts: OBJECT_FACTS,
    contactFields: CONTACT_FIELDS,
    operators: OPERATORS,
    descriptions: FACT_DESCRIPTIONS,
  }),
  'src/generated/case-vocabulary.ts': renderCaseVocabularyTypes(defaultRules().vocabulary),
  'README.md': renderIssueCodeTable(readFileSync(join(ROOT, 'README.md'), 'utf8'), ISSUE_CODES),
};

/** The parts of a JSON Schema node these checks read. */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  'x-labels'?: Record<string, unknown>;
}

function undescribed(schema: SchemaNode, at = ''): string[] {
  const missing: string[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    if (!child.description) missing.push(`${at}/${name}`);
    missing.push(...undescribed(child, `${at}/${name}`));
    if (child.items) missing.push(...undescribed(child.items, `${at}/${name}/items`));
  }
  return missing;
}

describe('generated docs', () => {
  it.each(Object.keys(docs))('%s is committed as generated (else run: npm run docs)', (file) => {
    const path = join(ROOT, file);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, docs[file as keyof typeof docs]);
    expect(readFileSync(path, 'utf8')).toBe(docs[file as keyof typeof docs]);
  });

  it('describe every field of the case and the result', () => {
    expect(undescribed(caseSchema)).toEqual([]);
    expect(undescribed(toResultJsonSchema())).toEqual([]);
  });

  it('label every scenario, cause, stage, evidence and channel id in both locales', () => {
    type Labelled = { 'x-labels': Record<string, unknown> };
    const labels = caseSchema.properties as { scenario: Labelled; cause: Labelled; evidence: { items: Labelled } };
    for (const [field, ids] of [
      ['scenario', defaultRules().vocabulary.scenarios],
      ['cause', defaultRules().vocabulary.causes],
    ] as const) {
      expect(Object.keys(labels[field]['x-labels'])).toEqual(ids);
      for (const id of ids)
        expect(labels[field]['x-labels'][id], id).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
    }
    expect(Object.keys(labels.evidence.items['x-labels'])).toEqual(defaultRules().vocabulary.evidence);
    expect(docs['docs/case.md']).toContain('`chargeback`: 客户拒付');
  });
});
