/**
 * What the 离线阅读 download fetches, listed from the build's own files with their sizes, so the
 * page can say how much it will download before it starts. Written as dist/offline-files.json.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import type { SidebarEntry } from '../../lib/built-sidebar.ts';
import { cacheKindOf } from './cache-routes.ts';

export interface SiteFile {
  /** Below the base, `/`-separated: `_astro/page.js`, `go/interview/index.html`. */
  path: string;
  bytes: number;
}

export interface OfflinePage {
  /** The page's URL below the base: `go/interview/` (`` for the home page). */
  path: string;
  title: string;
  /** Its sidebar group (the topic), or null for pages outside any group. */
  group: string | null;
  bytes: number;
}

export interface OfflineFileList {
  /** Every page a reader can open, in sidebar order. */
  pages: OfflinePage[];
  /** Everything else those pages may load that the worker has not already stored. */
  files: SiteFile[];
  /** Bytes of pages and files together: what the download costs. */
  bytes: number;
}

/** Every file of a built site, sorted. */
export function listSiteFiles(dist: string): SiteFile[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: relative(dist, absolute).split(sep).join('/'), bytes: statSync(absolute).size };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Files that serve the host or the worker, not a reader: host configuration, crawler files, the
 * worker itself, the 404 page (no URL of its own), source maps.
 */
const NOT_FOR_READERS = [/^_headers$/, /^_redirects$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^sw\.js$/, /^404\.html$/, /\.map$/];

/**
 * Files of dist/ that no page loads (globs, as Workbox reads them): Pagefind's own UI bundles
 * (the site's search dialog is bundled under _astro/), its engine module (bundled into
 * pagefind/pagefind.js) and its web worker (the site searches on the page's main thread).
 * Neither stored at install nor downloaded by 离线阅读.
 */
export const UNLOADED_FILES = ['pagefind/**/*-ui.{js,css}', 'pagefind/**/*-highlight.js', 'pagefind/engine/pagefind.js', 'pagefind/**/pagefind-worker.js'];
const isUnloaded = (path: string) => UNLOADED_FILES.some((glob) => matchesGlob(path, glob));

export interface PageFacts {
  title: string;
  /** A page that only sends the reader to another URL (a moved page's stub). */
  redirect: boolean;
}

/**
 * The download list. `precached` are the files the worker stores at install (left out: they
 * are there already); `sidebar` orders and groups the pages; `facts` reads a page's title.
 */
export function offlineFileList(files: SiteFile[], precached: Set<string>, sidebar: SidebarEntry[], base: string, facts: (path: string) => PageFacts): OfflineFileList {
  const order = new Map<string, { index: number; group: string | null }>([['', { index: -1, group: null }]]);
  for (const entry of sidebar) {
    const links = 'link' in entry ? [{ link: entry.link, group: null }] : entry.group.links.map((link) => ({ link, group: entry.group.label }));
    for (const { link, group } of links) {
      const path = link.href.startsWith(base) ? link.href.slice(base.length) : link.href;
      if (!order.has(path)) order.set(path, { index: order.size, group });
    }
  }
  const pages: OfflinePage[] = [];
  const others: SiteFile[] = [];
  for (const file of files) {
    if (NOT_FOR_READERS.some((pattern) => pattern.test(file.path)) || isUnloaded(file.path) || cacheKindOf(file.path) === null) continue;
    if (file.path.endsWith('.html')) {
      const path = file.path.replace(/(^|\/)index\.html$/, '$1');
      if (precached.has(file.path) || !file.path.endsWith('index.html')) continue;
      const { title, redirect } = facts(file.path);
      if (!redirect) pages.push({ path, title, group: order.get(path)?.group ?? null, bytes: file.bytes });
      continue;
    }
    if (!precached.has(file.path)) others.push(file);
  }
  const rank = (page: OfflinePage) => order.get(page.path)?.index ?? Number.MAX_SAFE_INTEGER;
  pages.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  const bytes = [...pages, ...others].reduce((sum, file) => sum + file.bytes, 0);
  return { pages, files: others, bytes };
}
