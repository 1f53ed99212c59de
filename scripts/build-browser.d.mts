// Types for build-browser.mjs, so TypeScript tests can import it.

/** Where `npm run build:browser` writes the root entry's bundle. */
export const BROWSER_BUNDLE: string;
/** Where `npm run build:browser` writes the bundle of `pos-dispute-triage/browser`. */
export const BROWSER_ENTRY_BUNDLE: string;
/** The rules JSON the browser entry fetches: dist/rules.json. */
export const RULES_JSON: string;
/** The size budget of what the browser entry loads with the page: 100 KB gzipped. */
export const BUDGET_GZIP_BYTES: number;

/** A chunk loaded on first use only (json-rules-engine for `evaluator: 'json-rules-engine'`). */
export interface LazyChunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Minified bytes by package, largest first. */
  byPackage: Record<string, number>;
}

export interface BrowserBundle {
  /** `index` (the root entry, rules bundled) or `browser` (`pos-dispute-triage/browser`). */
  entry: 'index' | 'browser';
  outfile: string;
  /** Every file written: the entry and its chunks. */
  files: string[];
  /** Minified size of what loads with the page (the entry and its static imports). */
  bytes: number;
  /** Gzipped size (level 9) of what loads with the page. */
  gzipBytes: number;
  /** Minified size of the chunks loaded on first use only. */
  lazyBytes: number;
  /** Gzipped size of those chunks. */
  lazyGzipBytes: number;
  /** Each of those chunks. */
  lazyChunks: LazyChunk[];
  /** Minified bytes loaded with the page by package, largest first; the package's own code under its name. */
  byPackage: Record<string, number>;
}

/**
 * Bundles an entry for the browser (ES modules with code splitting, minified) and measures it:
 * dist/index.js by default, dist/browser.js with `entry: 'browser'`.
 */
export function buildBrowserBundle(options?: { outfile?: string; entry?: 'index' | 'browser' }): Promise<BrowserBundle>;

/** The size of dist/rules.json (or `path`) as served and gzipped. */
export function measureRulesJson(path?: string): { file: string; bytes: number; gzipBytes: number };
