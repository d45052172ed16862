import { describe, expect, it } from 'vitest';
import { cacheKindOf, cacheName, isHashedSearchData } from '../../../src/integrations/offline/cache-routes.ts';
import { offlineFileList, type SiteFile } from '../../../src/integrations/offline/offline-files.ts';
import type { SidebarEntry } from '../../../src/lib/built-sidebar.ts';

describe('cache routes', () => {
  it('sorts a site’s files into pages, fingerprinted assets, search and the rest; the books stay uncached', () => {
    expect(['', 'go/interview/', '404.html', '_astro/page.js', 'pagefind/engine/pagefind.js', 'icons/icon-192.png', 'book/etcd.pdf'].map(cacheKindOf)).toEqual([
      'pages',
      'pages',
      'pages',
      'assets',
      'search',
      'files',
      null,
    ]);
  });

  it('knows Pagefind’s content-named data files', () => {
    expect(isHashedSearchData('pagefind/engine/index/zh-cn_2a10d95.pf_index')).toBe(true);
    expect(isHashedSearchData('pagefind/engine/fragment/zh-cn_group_1.pf_fragment')).toBe(true);
    expect(isHashedSearchData('pagefind/engine/pagefind-entry.json')).toBe(false);
  });

  it('keeps the caches of two sites on one origin apart', () => {
    expect(cacheName('pages', '/repo-a/')).not.toBe(cacheName('pages', '/repo-b/'));
  });
});

describe('offlineFileList', () => {
  const files: SiteFile[] = [
    { path: '404.html', bytes: 5 },
    { path: '_astro/page.js', bytes: 10 },
    { path: '_astro/mermaid.js', bytes: 500 },
    { path: '_headers', bytes: 1 },
    { path: 'book/etcd.pdf', bytes: 9000 },
    { path: 'etcd/index.html', bytes: 30 },
    { path: 'etcd/watch/index.html', bytes: 40 },
    { path: 'go/interview/index.html', bytes: 50 },
    { path: 'index.html', bytes: 20 },
    { path: 'offline/index.html', bytes: 15 },
    { path: 'old/page/index.html', bytes: 3 },
    { path: 'pagefind/engine/pagefind.js', bytes: 60 },
    { path: 'pagefind/engine/pagefind-ui.js', bytes: 70 },
    { path: 'pagefind/engine/pagefind-worker.js', bytes: 80 },
    { path: 'pagefind/engine/index/zh-cn_1.pf_index', bytes: 90 },
    { path: 'pagefind/pagefind.js', bytes: 100 },
    { path: 'sitemap-0.xml', bytes: 2 },
    { path: 'sw.js', bytes: 7 },
  ];
  const sidebar: SidebarEntry[] = [
    { group: { label: 'Go 语言', links: [{ label: 'Go 语言基础', href: '/kb/go/interview/' }] } },
    { group: { label: 'etcd', links: [{ label: '概览', href: '/kb/etcd/' }, { label: 'Watch', href: '/kb/etcd/watch/' }] } },
  ];
  const facts = (path: string) => ({ title: `title of ${path}`, redirect: path.startsWith('old/') });
  const list = offlineFileList(files, new Set(['_astro/page.js', 'offline/index.html', 'pagefind/pagefind.js']), sidebar, '/kb/', facts);

  it('lists the pages in sidebar order with their groups, home first, leaving out redirects, the 404 page and stored pages', () => {
    expect(list.pages.map((page) => [page.path, page.group])).toEqual([
      ['', null],
      ['go/interview/', 'Go 语言'],
      ['etcd/', 'etcd'],
      ['etcd/watch/', 'etcd'],
    ]);
    expect(list.pages[1]!.title).toBe('title of go/interview/index.html');
  });

  it('lists the other files a page may load, minus what the worker stores at install, what serves only the host and what no page loads', () => {
    // Pagefind's engine module (bundled into pagefind/pagefind.js), UI bundle and worker are never loaded.
    expect(list.files.map((file) => file.path)).toEqual(['_astro/mermaid.js', 'pagefind/engine/index/zh-cn_1.pf_index']);
    expect(list.bytes).toBe(20 + 50 + 30 + 40 + 500 + 90);
  });
});
