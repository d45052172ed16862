/**
 * Where the service worker keeps each file of the site, shared by the worker and the 离线阅读
 * download so that both read and write the same caches. Paths are below the site's base
 * (`go/interview/`, `_astro/page.js`, `pagefind/engine/pagefind.js`). Imports nothing.
 */

/** Pages (HTML), hashed build assets, the search index, and every other file of the site. */
export type CacheKind = 'pages' | 'assets' | 'search' | 'files';

export const CACHE_KINDS: readonly CacheKind[] = ['pages', 'assets', 'search', 'files'];

/**
 * Cache names carry the site's base path: sites on one origin (GitHub Pages project sites,
 * `owner.github.io/<repo>/`) share one Cache Storage, and must not read each other's pages.
 */
export function cacheName(kind: CacheKind, base: string): string {
  return `kb-${kind}:${base}`;
}

/** The page a navigation falls back to when it is neither on the network nor cached. */
export const OFFLINE_PAGE = 'offline/';

/** The list of files the 离线阅读 download fetches, written at build time next to the worker. */
export const OFFLINE_FILES = 'offline-files.json';

/** Files no cache should hold: the PDF books are large and meant to be saved, not cached. */
const UNCACHED = /^book\//;

/** Which cache a file belongs in, or null for files the worker leaves to the network. */
export function cacheKindOf(path: string): CacheKind | null {
  if (UNCACHED.test(path)) return null;
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'pages';
  // Astro fingerprints everything it emits under _astro/: a name never changes meaning.
  if (path.startsWith('_astro/')) return 'assets';
  if (path.startsWith('pagefind/')) return 'search';
  return 'files';
}

/** Pagefind names its index chunks, fragments and filters after their content (`zh-cn_2a10d95.pf_index`). */
export function isHashedSearchData(path: string): boolean {
  return path.startsWith('pagefind/') && /\.pf_[a-z]+$/.test(path);
}
