// Build scripts run TypeScript from src/ by bundling it with esbuild into one ES module in memory
// and importing that: one place for how (platform neutral, so nothing Node-only slips in).
import { build } from 'esbuild';

/**
 * Bundles `entry` (esbuild `entryPoints` or `stdin` options) and imports the result.
 * @param {{ entryPoints?: string[], stdin?: import('esbuild').StdinOptions }} entry
 */
export async function importFromSrc(entry) {
  const { outputFiles } = await build({
    ...entry,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
