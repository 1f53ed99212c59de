// Measurement: the browser bundles' sizes, built by scripts/build-browser.mjs: the target is
// pos-dispute-triage/browser (the rules fetched at run time); the root entry (rules bundled) and
// the fetched rules file are reported beside it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

/**
 * `{ bytes, gzipBytes, lazyGzipBytes, root, rulesJson }`: the browser entry's sizes, the root
 * entry's bundle and dist/rules.json.
 */
export async function measureBundle() {
  const { buildBrowserBundle, measureRulesJson } = await import(
    pathToFileURL(join(ROOT, 'scripts', 'build-browser.mjs')).href
  );
  const browser = await buildBrowserBundle({ entry: 'browser' });
  const root = await buildBrowserBundle();
  return { ...browser, root, rulesJson: measureRulesJson() };
}
