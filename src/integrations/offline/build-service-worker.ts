import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { getManifest, injectManifest } from 'workbox-build';
import { OFFLINE_FILES, OFFLINE_PAGE } from './cache-routes.ts';
import { UNLOADED_FILES } from './offline-files.ts';
import { APP_ICONS, MANIFEST_FILE } from './web-app-manifest.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));
export const WORKER_FILE = 'sw.js';

/**
 * Up to this many bytes, Pagefind's index chunks and fragments are stored at install, so search
 * works offline from the first visit (today about 0.5 MB, already compressed); above it they are
 * stored as searches read them (and by the 离线阅读 download), so a first visit to a large site
 * does not download its whole index in the background.
 */
export const SEARCH_DATA_PRECACHE_LIMIT = 1024 * 1024;

/**
 * What Workbox precaches, as patterns over dist/: the offline page, the app manifest and icons,
 * and the whole search directory, whatever its layout, except what no page loads
 * (UNLOADED_FILES) and, on a large site, the index data.
 */
export function precachePatterns(precacheSearchData: boolean): { globPatterns: string[]; globIgnores: string[] } {
  return {
    globPatterns: [`${OFFLINE_PAGE}index.html`, MANIFEST_FILE, 'favicon.svg', ...APP_ICONS.map((icon) => icon.file), 'pagefind/**/*'],
    globIgnores: [...UNLOADED_FILES, ...(precacheSearchData ? [] : ['pagefind/**/*.pf_{index,fragment,filter}'])],
  };
}

/** The files Workbox will precache, read before the worker is written (the download list leaves them out). */
export async function precachedFiles(dist: string, precacheSearchData: boolean): Promise<{ paths: string[]; bytes: number }> {
  const { manifestEntries, size, warnings } = await getManifest({ globDirectory: dist, ...precachePatterns(precacheSearchData) });
  if (warnings.length > 0) throw new Error(`service worker precache: ${warnings.join('; ')}`);
  return { paths: manifestEntries.map((entry) => entry.url), bytes: size };
}

/**
 * Bundles service-worker.ts with the Workbox modules it imports (rolldown, the bundler Vite
 * uses) and lets workbox-build inject the precache manifest, with a revision per file, into
 * dist/sw.js.
 */
export async function buildServiceWorker(dist: string, shellAssets: string[], precacheSearchData: boolean): Promise<{ count: number; bytes: number; workerBytes: number }> {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-sw-'));
  try {
    const output = await build({
      input: WORKER_SOURCE,
      platform: 'browser',
      write: false,
      logLevel: 'warn',
      transform: {
        define: {
          // Workbox's development logging and assertions are left out of a production worker.
          'process.env.NODE_ENV': JSON.stringify('production'),
          __KB_SHELL_ASSETS__: JSON.stringify(shellAssets),
        },
      },
      output: { format: 'iife', minify: true },
    });
    const chunk = output.output[0];
    const source = join(scratch, WORKER_FILE);
    writeFileSync(source, chunk.code);
    const patterns = precachePatterns(precacheSearchData);
    const result = await injectManifest({
      swSrc: source,
      swDest: join(dist, WORKER_FILE),
      globDirectory: dist,
      globPatterns: [...patterns.globPatterns, OFFLINE_FILES],
      globIgnores: patterns.globIgnores,
    });
    if (result.warnings.length > 0) throw new Error(`service worker precache: ${result.warnings.join('; ')}`);
    return { count: result.count, bytes: result.size, workerBytes: Buffer.byteLength(chunk.code) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
