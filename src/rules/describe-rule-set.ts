import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from './canonical-json.js';
import type { PackInfo, RuleSource } from './rule-set.js';

/**
 * A rule set's `version` (each advice pack as `id@version`) and `hash` (sha256 of the canonical
 * JSON of the advice files and the parameter values). Templates shape drafts, not advice: a
 * result's version and hash name only the files that produce it.
 *
 * @example
 * describeRuleSet(sources, packInfo, { retrieval_response_working_days: 5 });
 * // { version: 'catalog@1.0.0 chargeback@1.2.0', hash: 'sha256:…' }
 */
export function describeRuleSet(
  sources: readonly RuleSource[],
  packInfo: readonly PackInfo[],
  parameterValues: Readonly<Record<string, number>>,
): { version: string; hash: string } {
  const advice = sources.filter((s) => (s.content as { kind?: unknown }).kind !== 'templates');
  const hash = bytesToHex(
    sha256(utf8ToBytes(canonicalJson({ sources: advice.map((s) => s.content), parameterValues }))),
  );
  const version = packInfo
    .filter((p) => p.kind !== 'templates')
    .map((p) => `${p.id}@${p.version}`)
    .join(' ');
  return { version, hash: `sha256:${hash}` };
}
