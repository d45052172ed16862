/**
 * The site's service worker (bundled by build-service-worker.ts into dist/sw.js). Workbox's
 * precache holds the offline page, the search engine and index, the icons; the shell's
 * fingerprinted CSS/JS is put in the assets cache at install, where it outlives later
 * deployments so pages saved earlier keep their styles. Pages are network first (a reader
 * online always gets the current deployment) and cached as read; with neither network nor a
 * cached copy, a navigation gets the offline page. A new worker waits until the reader accepts
 * the 有新内容 prompt (src/client/offline-updates.ts), then takes over.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { cacheKindOf, cacheName, isHashedSearchData, OFFLINE_PAGE, type CacheKind } from './cache-routes.ts';

/**
 * The part of ServiceWorkerGlobalScope this worker uses, declared here rather than through the
 * `webworker` lib, which would put worker globals into every page script's types.
 */
interface WorkerScope {
  registration: { scope: string };
  location: { origin: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: { waitUntil(work: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown; waitUntil(work: Promise<unknown>): void }) => void): void;
  __WB_MANIFEST: (string | PrecacheEntry)[];
}
declare const self: WorkerScope;
/** The shell's fingerprinted files (paths below the base), replaced at bundle time. */
declare const __KB_SHELL_ASSETS__: string[];

const base = new URL(self.registration.scope).pathname;
const names = (kind: CacheKind) => cacheName(kind, base);

/** Path below the base of a same-origin URL inside the scope, or null. */
function sitePath(url: URL): string | null {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return null;
  return url.pathname.slice(base.length);
}

// Pagefind asks for its entry file with a changing `?ts=` and a page may carry tracking
// parameters: no precached file's meaning depends on its query.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShellAssets());
});

async function cacheShellAssets(): Promise<void> {
  const cache = await caches.open(names('assets'));
  const urls = __KB_SHELL_ASSETS__.map((path) => new URL(path, self.registration.scope).href);
  const cached = await Promise.all(urls.map((url) => cache.match(url)));
  await cache.addAll(urls.filter((_, index) => !cached[index]));
}

self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; url?: string } | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page a first visit opened loaded before this worker existed: store it now.
  if (message?.type === 'CACHE_PAGE' && message.url && sitePath(new URL(message.url)) !== null) {
    event.waitUntil(caches.open(names('pages')).then((cache) => cache.add(message.url!)).catch(() => undefined));
  }
});
// The first worker controls the page that installed it, so that page's later requests (the
// search engine, a lazily loaded chunk) are served and cached too.
clientsClaim();

/** One cache entry per file: a query string never makes a second copy. */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sitePath(url) !== null,
  // A slow network falls back to the saved copy after a few seconds rather than never.
  new NetworkFirst({ cacheName: names('pages'), networkTimeoutSeconds: 5, plugins: [withoutQuery] }),
);
registerRoute(({ url }) => kindOf(url) === 'assets', new CacheFirst({ cacheName: names('assets') }));
registerRoute(
  ({ url }) => kindOf(url) === 'search' && isHashedSearchData(sitePath(url) ?? ''),
  new CacheFirst({ cacheName: names('search'), plugins: [withoutQuery] }),
);
registerRoute(({ url }) => kindOf(url) === 'search', new NetworkFirst({ cacheName: names('search'), plugins: [withoutQuery] }));
registerRoute(({ url }) => kindOf(url) === 'files', new StaleWhileRevalidate({ cacheName: names('files') }));

function kindOf(url: URL): CacheKind | null {
  const path = sitePath(url);
  return path === null ? null : cacheKindOf(path);
}

// Offline and not saved: a page gets the offline page (it says so and lists what is saved);
// anything else fails as it would without the worker.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache(`${OFFLINE_PAGE}index.html`)) ?? Response.error();
  return Response.error();
});
