// Finds a Chromium for the browser test, so `npm test` passes with nothing but Node and npm:
// CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the Chromium that `@sparticuz/chromium`
// (a devDependency) ships inside its npm package for linux-x64.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A Chromium to launch: its executable and what its process needs in the environment. */
export interface FoundChromium {
  executablePath: string;
  /** Where it came from: `CHROMIUM_PATH`, `system` or `@sparticuz/chromium`. */
  origin: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Extra environment for the browser process (shared libraries, fonts). */
  env: Record<string, string>;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Inflates the Chromium of `@sparticuz/chromium` into the temporary directory, with the shared
 * libraries it links (NSS, NSPR, expat) that a bare machine may lack.
 *
 * @example
 * const { executablePath, env } = await inflateSparticuzChromium();
 */
export async function inflateSparticuzChromium(): Promise<FoundChromium> {
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  // The package exports no package.json: its bin/ lies two levels above the CommonJS entry.
  const bin = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..', 'bin');
  const executablePath = await chromium.executablePath(bin);
  const libraries = await inflate(join(bin, 'al2023.tar.br'));
  const env = {
    LD_LIBRARY_PATH: [join(libraries, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts'),
  };
  return { executablePath, origin: '@sparticuz/chromium', env };
}

/**
 * The Chromium to use: `CHROMIUM_PATH` when set, else `/usr/bin/chromium` unless
 * `SKIP_SYSTEM_CHROMIUM=1`, else `@sparticuz/chromium` on linux-x64.
 *
 * @example
 * const found = await findChromium();
 * await chromium.launch({ executablePath: found.executablePath, env: { ...process.env, ...found.env } });
 */
export async function findChromium(environment: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const explicit = environment.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit}: no such file`);
    return { executablePath: explicit, origin: 'CHROMIUM_PATH', env: {} };
  }
  if (environment.SKIP_SYSTEM_CHROMIUM !== '1' && existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, origin: 'system', env: {} };
  }
  if (process.platform === 'linux' && process.arch === 'x64') return inflateSparticuzChromium();
  throw new Error(
    `No Chromium: set CHROMIUM_PATH, install ${SYSTEM_CHROMIUM}, or run on linux-x64 where @sparticuz/chromium ships one`,
  );
}

/** The flags every launch uses: headless, no sandbox (root), and no traffic to Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
