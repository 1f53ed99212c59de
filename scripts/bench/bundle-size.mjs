// Measurement: the browser bundle's size, built by scripts/build-browser.mjs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

/** `{ bytes, gzipBytes, lazyGzipBytes }` of the bundle as scripts/build-browser.mjs builds it. */
export async function measureBundle() {
  const { buildBrowserBundle } = await import(pathToFileURL(join(ROOT, 'scripts', 'build-browser.mjs')).href);
  return buildBrowserBundle();
}
