import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OFFLINE_FILES } from '../../src/integrations/offline/cache-routes.ts';
import type { OfflineFileList } from '../../src/integrations/offline/offline-files.ts';
import { APP_ICONS, MANIFEST_FILE } from '../../src/integrations/offline/web-app-manifest.ts';
import { builtPages, DIST, readBuilt, urlPathOf } from '../support/dist.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const worker = () => readFileSync(join(DIST, 'sw.js'), 'utf8');

describe('installable: the web app manifest and its icons', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, MANIFEST_FILE), 'utf8')) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };

  it('names the site in Chinese and opens at the base', () => {
    expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: BASE, scope: BASE, id: BASE, display: 'standalone' });
    expect(manifest.name).toBe('后端面试知识库');
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(6);
  });

  it('has icons of the sizes it declares, a maskable one among them', async () => {
    expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
    for (const icon of manifest.icons) {
      const { width, height } = await sharp(join(DIST, icon.src.slice(BASE.length))).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    expect(existsSync(join(DIST, APP_ICONS.find((icon) => icon.purpose === 'apple')!.file))).toBe(true);
  });

  it('is linked from every page, with the theme colours', () => {
    const missing = builtPages()
      .filter((file) => !readBuilt(file).includes('http-equiv="refresh"'))
      .filter((file) => !readBuilt(file).includes(`<link rel="manifest" href="${BASE}${MANIFEST_FILE}"`) || !readBuilt(file).includes('name="theme-color"'));
    expect(missing).toEqual([]);
  });
});

describe('offline: the service worker and the 离线阅读 list', () => {
  // Workbox injects its manifest as JSON; the shell list is a string array the minifier may requote.
  const precached = () => [...worker().matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
  const shellFiles = () => [...new Set([...worker().matchAll(/[`"'](_astro\/[^`"']+)[`"']/g)].map((match) => match[1]!))];

  it('precaches the offline page, the whole search engine and its index, and no other page', () => {
    const urls = precached();
    expect(urls).toContain('offline/index.html');
    expect(urls).toContain('pagefind/pagefind.js');
    expect(urls.some((url) => url.endsWith('.pf_meta'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.pagefind'))).toBe(true);
    expect(urls.filter((url) => url.endsWith('.html'))).toEqual(['offline/index.html']);
    for (const url of urls) expect(existsSync(join(DIST, url)), url).toBe(true);
    // The only script of the search is the site's module, which includes Pagefind's engine.
    expect(urls.filter((url) => url.startsWith('pagefind/') && /\.(?:js|css)$/.test(url))).toEqual(['pagefind/pagefind.js']);
  });

  it('stores the shell’s fingerprinted files at install: every page’s stylesheets and scripts exist among them', () => {
    const shell = shellFiles();
    for (const path of shell) expect(existsSync(join(DIST, path)), path).toBe(true);
    const home = readBuilt('index.html');
    for (const [, path] of home.matchAll(new RegExp(`(?:src|href)="${BASE}(_astro/[^"]+\\.(?:js|css))"`, 'g'))) expect(shell).toContain(path);
  });

  it('lists every page a reader can open, with its size, for the download', () => {
    const list = JSON.parse(readFileSync(join(DIST, OFFLINE_FILES), 'utf8')) as OfflineFileList;
    // Every page but the 404 page, the offline page (stored at install) and moved pages' stubs.
    const readable = builtPages()
      .filter((file) => file !== '404.html' && file !== 'offline/index.html' && !readBuilt(file).includes('http-equiv="refresh"'))
      .map((file) => urlPathOf(file).slice(1));
    expect(list.pages.map((page) => page.path).sort()).toEqual(readable.sort());
    for (const file of [...list.pages.map((page) => ({ ...page, path: `${page.path}index.html` })), ...list.files]) {
      expect(statSync(join(DIST, file.path)).size, file.path).toBe(file.bytes);
    }
    expect(list.bytes).toBe([...list.pages, ...list.files].reduce((sum, file) => sum + file.bytes, 0));
    // Nothing no page loads: Pagefind's engine module, worker and UI bundles are built but never fetched.
    expect(list.files.filter((file) => file.path.startsWith('pagefind/') && /\.(?:js|css)$/.test(file.path))).toEqual([]);
  });
});
