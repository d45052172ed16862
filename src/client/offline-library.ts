/**
 * The 离线阅读 page (src/pages/offline.astro): shows how much of the site is saved and what
 * saving the rest costs, saves it into the service worker's caches on request, lists the saved
 * pages, and links the PDF books when the deployment has them. When the worker serves this page
 * in place of an unsaved page (offline), it says which page that was.
 */
import { cacheKindOf, cacheName, OFFLINE_FILES, OFFLINE_PAGE, type CacheKind } from '../integrations/offline/cache-routes.ts';
import type { OfflineFileList, OfflinePage, SiteFile } from '../integrations/offline/offline-files.ts';
import { BOOK_DIR, BOOK_INDEX, type BookIndex } from '../lib/book-index.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Files fetched at once: enough to fill a connection, few enough not to starve the page. */
const PARALLEL_DOWNLOADS = 4;

const root = document.querySelector<HTMLElement>('[data-kb-offline]');
const part = <T extends Element>(name: string) => root?.querySelector<T>(`[data-${name}]`) ?? null;

const urlOf = (path: string) => new URL(base + path, location.origin).href;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function isSaved(path: string): Promise<boolean> {
  const kind = cacheKindOf(path);
  if (!kind) return false;
  const cache = await caches.open(cacheName(kind, base));
  return (await cache.match(urlOf(path), { ignoreSearch: true })) !== undefined;
}

function setStatus(text: string): void {
  const status = part('offline-status');
  if (status) status.textContent = text;
}

function renderSaved(pages: OfflinePage[], saved: boolean[]): void {
  const container = part('offline-saved');
  if (!container) return;
  container.replaceChildren();
  const groups = new Map<string, OfflinePage[]>();
  pages.forEach((page, index) => {
    if (!saved[index]) return;
    const label = page.group ?? '站点';
    groups.set(label, [...(groups.get(label) ?? []), page]);
  });
  if (groups.size === 0) {
    const empty = document.createElement('p');
    empty.textContent = '还没有保存任何页面。';
    container.append(empty);
    return;
  }
  for (const [label, members] of groups) {
    const heading = document.createElement('h3');
    heading.textContent = label;
    const list = document.createElement('ul');
    for (const page of members) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = base + page.path;
      link.textContent = page.title;
      item.append(link);
      list.append(item);
    }
    container.append(heading, list);
  }
}

async function showBooks(): Promise<void> {
  const section = part<HTMLElement>('offline-books');
  const list = part<HTMLUListElement>('offline-book-list');
  if (!section || !list) return;
  const response = await fetch(`${base}${BOOK_DIR}/${BOOK_INDEX}`).catch(() => null);
  if (!response?.ok) return;
  const index = (await response.json()) as BookIndex;
  for (const book of index.books) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${base}${BOOK_DIR}/${book.file}`;
    link.textContent = book.title;
    item.append(link, `（${book.pages} 页，${megabytes(book.bytes)}）`);
    list.append(item);
  }
  section.hidden = false;
}

/** Fetches every file into its cache, a few at a time; returns the paths that failed. */
async function saveAll(files: SiteFile[], onProgress: (bytes: number) => void): Promise<string[]> {
  const queue = [...files];
  const failed: string[] = [];
  const opened = new Map<CacheKind, Promise<Cache>>();
  const open = (kind: CacheKind) => {
    if (!opened.has(kind)) opened.set(kind, caches.open(cacheName(kind, base)));
    return opened.get(kind)!;
  };
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const kind = cacheKindOf(file.path);
      try {
        if (!kind) continue;
        // Pages are always fetched again: a saved page may be from an earlier deployment.
        const response = await fetch(urlOf(file.path), { cache: 'no-cache' });
        if (!response.ok) throw new Error(String(response.status));
        await (await open(kind)).put(urlOf(file.path), response);
      } catch {
        failed.push(file.path);
      } finally {
        onProgress(file.bytes);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
  return failed;
}

async function main(): Promise<void> {
  const here = location.pathname;
  if (here !== base + OFFLINE_PAGE && here !== `${base}${OFFLINE_PAGE}index.html`) {
    const notice = part<HTMLElement>('offline-missing');
    const path = part('offline-missing-path');
    if (notice && path) {
      path.textContent = decodeURI(here);
      notice.hidden = false;
    }
    document.title = `未保存的页面 | ${document.title.split(' | ').at(-1)}`;
  }
  void showBooks();
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    setStatus('这个浏览器不支持离线保存（需要 Service Worker）。');
    part('offline-saved')?.replaceChildren();
    return;
  }
  const response = await fetch(base + OFFLINE_FILES);
  if (!response.ok) throw new Error(`${OFFLINE_FILES}: ${response.status}`);
  const list = (await response.json()) as OfflineFileList;
  const refresh = async () => {
    const pagesSaved = await Promise.all(list.pages.map((page) => isSaved(page.path)));
    const filesSaved = await Promise.all(list.files.map((file) => isSaved(file.path)));
    renderSaved(list.pages, pagesSaved);
    const savedCount = pagesSaved.filter(Boolean).length;
    const todo: SiteFile[] = [...list.pages, ...list.files.filter((_, index) => !filesSaved[index])];
    const bytes = todo.reduce((sum, file) => sum + file.bytes, 0);
    const complete = savedCount === list.pages.length && filesSaved.every(Boolean);
    setStatus(complete ? `全站 ${list.pages.length} 页都已保存，没有网络时也能阅读。` : `全站 ${list.pages.length} 页，已保存 ${savedCount} 页。`);
    const button = part<HTMLButtonElement>('offline-start');
    if (button) button.textContent = complete ? `更新已保存的内容（约 ${megabytes(bytes)}）` : `保存全站（下载约 ${megabytes(bytes)}）`;
    return todo;
  };
  let todo = await refresh();
  const download = part<HTMLElement>('offline-download');
  const button = part<HTMLButtonElement>('offline-start');
  const progress = part<HTMLProgressElement>('offline-progress');
  if (!download || !button || !progress) return;
  download.hidden = false;
  button.addEventListener('click', async () => {
    const total = todo.reduce((sum, file) => sum + file.bytes, 0);
    let done = 0;
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    const failed = await saveAll(todo, (bytes) => {
      done += bytes;
      progress.value = total === 0 ? 1 : done / total;
      setStatus(`正在保存… ${megabytes(done)} / ${megabytes(total)}`);
    });
    todo = await refresh();
    if (failed.length > 0) setStatus(`有 ${failed.length} 个文件没能保存（网络中断？），请稍后再试。`);
    else root?.setAttribute('data-offline-complete', '');
    button.disabled = false;
    progress.hidden = true;
  });
}

void main().catch((error: unknown) => setStatus(`读取离线内容失败：${error instanceof Error ? error.message : String(error)}`));
