import * as z from 'zod';
import { ResultSchema } from '../../result/schema.js';
import { toCaseJsonSchema, type JsonSchema } from '../../schema/json-schemas.js';
import type { RuleSet } from '../../rules/rule-set.js';

/** The JSON Schema dialect of an OpenAPI version: 3.1 speaks draft 2020-12, 3.0 its own subset. */
export type OpenApiTarget = 'draft-2020-12' | 'openapi-3.0';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

const ISSUE: JsonSchema = {
  type: 'object',
  required: ['code', 'path', 'message'],
  properties: {
    code: { type: 'string', description: 'A stable issue code, as the library uses it.' },
    path: { type: 'string', description: 'A JSON pointer into the request body ("" for the whole body).' },
    message: { type: 'string', description: 'What was expected and what was found.' },
    expected: { type: 'string', description: 'What the value should have been, as the message names it.' },
    found: { type: 'string', description: 'What was found instead, as the message names it.' },
  },
};

const PROBLEM: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: {
      type: 'string',
      description:
        'malformed_json, unauthorized, not_found, method_not_allowed, too_large, unsupported_media_type, ' +
        'invalid_case, draining, timeout, not_implemented or internal_error.',
    },
    message: { type: 'string' },
    issues: { type: 'array', items: ref('Issue') },
  },
};

const RULE_SET_INFO: JsonSchema = {
  type: 'object',
  required: ['version', 'hash', 'packs', 'parameters'],
  properties: {
    version: { type: 'string' },
    hash: { type: 'string', description: 'Hash of the rule files in use; every result carries it in ruleset.hash.' },
    packs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'version', 'kind', 'file'],
        properties: {
          id: { type: 'string' },
          version: { type: 'string' },
          kind: { type: 'string', enum: ['rules', 'catalog', 'templates'] },
          file: { type: 'string' },
        },
      },
    },
    parameters: {
      type: 'object',
      description: 'Each parameter the packs declare, with the value in force.',
      additionalProperties: { type: 'object', required: ['value'], properties: { value: { type: 'number' } } },
    },
  },
};

const WHAT_IF_REPORT: JsonSchema = {
  type: 'object',
  required: ['baseline', 'options', 'unchanged'],
  properties: {
    baseline: ref('Result'),
    options: {
      type: 'array',
      items: {
        type: 'object',
        required: ['change', 'score', 'summary', 'differences'],
        properties: {
          change: { type: 'object' },
          score: { type: 'number' },
          summary: { type: 'string' },
          differences: { type: 'object' },
        },
      },
    },
    unchanged: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: ['evidence', 'contact'] } },
      },
    },
  },
};

const DRAFT_REQUEST: JsonSchema = {
  type: 'object',
  required: ['case'],
  properties: { case: ref('Case'), channel: { type: 'string' }, format: { type: 'string', enum: ['md', 'html'] } },
};

const DRAFT_DOCUMENT: JsonSchema = {
  type: 'object',
  required: ['channel', 'format', 'text', 'blanks'],
  properties: {
    channel: { type: 'string' },
    format: { type: 'string' },
    text: { type: 'string' },
    blanks: { type: 'array', items: {} },
  },
};

const BATCH_ERROR_LINE: JsonSchema = {
  type: 'object',
  required: ['line', 'ok', 'issues'],
  properties: {
    line: { type: 'integer', minimum: 1 },
    ok: { type: 'boolean', enum: [false] },
    caseId: { type: 'string' },
    issues: { type: 'array', items: ref('Issue') },
  },
};

/**
 * The `components.schemas` of the OpenAPI document: Case and Result generated from the zod
 * schemas (Case with the rule set's ids as enums), the rest written here.
 */
export function buildComponentSchemas(ruleSet: RuleSet, target: OpenApiTarget): Record<string, JsonSchema> {
  const result = z.toJSONSchema(ResultSchema, { target, io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return {
    Case: withoutDialect(toCaseJsonSchema(ruleSet.vocabulary, { target })),
    Result: withoutDialect(result),
    Issue: ISSUE,
    Problem: PROBLEM,
    RuleSetInfo: RULE_SET_INFO,
    WhatIfReport: WHAT_IF_REPORT,
    DraftRequest: DRAFT_REQUEST,
    DraftDocument: DRAFT_DOCUMENT,
    BatchErrorLine: BATCH_ERROR_LINE,
  };
}
