import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOK_DIR, BOOK_INDEX, type BookIndex } from '../../lib/book-index.ts';
import { readSidebar } from '../../lib/built-sidebar.ts';
import { writeAppIcons } from './app-icons.ts';
import { buildServiceWorker, precachedFiles, SEARCH_DATA_PRECACHE_LIMIT, WORKER_FILE } from './build-service-worker.ts';
import { OFFLINE_FILES, OFFLINE_PAGE } from './cache-routes.ts';
import { listSiteFiles, offlineFileList, type PageFacts } from './offline-files.ts';
import { pageAssets, shellAssets } from './shell-assets.ts';
import { MANIFEST_FILE, webAppManifest } from './web-app-manifest.ts';

function metaContent(html: string, attribute: 'name' | 'property', value: string): string | undefined {
  const tag = new RegExp(`<meta\\s[^>]*${attribute}="${value}"[^>]*>`).exec(html)?.[0];
  return tag ? decodeEntities(/content="([^"]*)"/.exec(tag)?.[1] ?? '') : undefined;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return named[name.toLowerCase()] ?? entity;
  });
}

function pageFacts(html: string, siteName: string): PageFacts {
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(` | ${siteName}`, '').trim();
  return { title, redirect: /<meta\s[^>]*http-equiv="refresh"/i.test(html) };
}

export interface OfflineSupport {
  /** Bytes of dist/sw.js. */
  workerBytes: number;
  /** Files Workbox precaches, and their bytes. */
  precached: { count: number; bytes: number };
  /** Fingerprinted shell files the worker stores at install. */
  shell: { paths: string[]; bytes: number };
  /** Whether the search index's chunks and fragments are precached (or left to runtime). */
  searchDataPrecached: boolean;
  /** What the 离线阅读 download fetches. */
  download: { pages: number; files: number; bytes: number };
}

/**
 * Writes everything offline reading needs into a built site: icons and the web app manifest,
 * the 离线阅读 download list, and the service worker with its precache manifest. Reads the
 * site name from the home page and the sidebar from the offline page (the home page is a
 * splash page without one).
 */
export async function writeOfflineSupport(dist: string, base: string, faviconSvg: string): Promise<OfflineSupport> {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const siteName = metaContent(home, 'property', 'og:site_name') ?? 'site';
  const description = metaContent(home, 'name', 'description') ?? '';
  await writeAppIcons(faviconSvg, dist);
  writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(webAppManifest({ name: siteName, description, base }), null, 2)}\n`);

  // The 离线阅读 page links the PDF books listed here; `npm run pdf` fills it in after the build.
  const bookIndex = join(dist, BOOK_DIR, BOOK_INDEX);
  if (!existsSync(bookIndex)) {
    mkdirSync(join(dist, BOOK_DIR), { recursive: true });
    writeFileSync(bookIndex, `${JSON.stringify({ books: [] } satisfies BookIndex)}\n`);
  }

  const files = listSiteFiles(dist);
  const readText = (path: string) => {
    try {
      return readFileSync(join(dist, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const pages = files.filter((file) => file.path.endsWith('.html'));
  const shell = shellAssets(
    pages.map((page) => pageAssets(readText(page.path) ?? '', base)),
    readText,
  );
  const searchData = files.filter((file) => /^pagefind\/.*\.pf_(?:index|fragment|filter)$/.test(file.path)).reduce((sum, file) => sum + file.bytes, 0);
  const searchDataPrecached = searchData <= SEARCH_DATA_PRECACHE_LIMIT;
  const precached = await precachedFiles(dist, searchDataPrecached);
  const sidebar = readSidebar(readText(`${OFFLINE_PAGE}index.html`) ?? '');
  const list = offlineFileList(files, new Set([...precached.paths, ...shell]), sidebar, base, (path) => pageFacts(readText(path) ?? '', siteName));
  writeFileSync(join(dist, OFFLINE_FILES), `${JSON.stringify(list)}\n`);

  const worker = await buildServiceWorker(dist, shell, searchDataPrecached);
  return {
    workerBytes: statSync(join(dist, WORKER_FILE)).size,
    precached: { count: worker.count, bytes: worker.bytes },
    shell: { paths: shell, bytes: shell.reduce((sum, path) => sum + statSync(join(dist, path)).size, 0) },
    searchDataPrecached,
    download: { pages: list.pages.length, files: list.files.length, bytes: list.bytes },
  };
}
