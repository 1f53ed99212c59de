// Types for build-browser.mjs, so TypeScript tests can import it.

/** Where `npm run build:browser` writes the bundle by default. */
export const BROWSER_BUNDLE: string;
/** The size budget of the browser bundle: 100 KB gzipped. */
export const BUDGET_GZIP_BYTES: number;

export interface BrowserBundle {
  outfile: string;
  /** Every file written: the entry and its chunks. */
  files: string[];
  /** Minified size of what loads with the page (the entry and its static imports). */
  bytes: number;
  /** Gzipped size (level 9) of what loads with the page. */
  gzipBytes: number;
  /** Minified size of the chunks loaded on first use only (json-rules-engine). */
  lazyBytes: number;
  /** Gzipped size of those chunks. */
  lazyGzipBytes: number;
  /** Minified bytes by package, largest first; the package's own code (with the rules) under its name. */
  byPackage: Record<string, number>;
}

/** Bundles dist/index.js for the browser (ES modules with code splitting, minified) and measures it. */
export function buildBrowserBundle(options?: { outfile?: string }): Promise<BrowserBundle>;
