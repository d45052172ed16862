/**
 * What offline reading costs, measured on the built site in dist/ (run `npm run build` first):
 * the script every page gains (the service worker's registration and the 有新内容 prompt), the
 * worker and what it stores at install (a first visit's background download), and what the
 * 离线阅读 download fetches. Sizes are bytes on disk and gzip level 6, as a host that
 * compresses would send them (Pagefind's index files are compressed already).
 *
 *   npm run bench:offline
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { gzipSize } from './lib/first-visit.ts';
import { REPO } from './lib/astro-build.ts';
import type { OfflineFileList } from '../src/integrations/offline/offline-files.ts';

const dist = join(REPO, 'dist');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (paths: string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(dist, path));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { raw, gzip };
};

// The page script, bundled and minified alone as Vite bundles it into every page's script.
const pageScript = await build({
  input: join(REPO, 'src/client/offline-updates.ts'),
  write: false,
  platform: 'browser',
  logLevel: 'silent',
  transform: { define: { 'import.meta.env.BASE_URL': JSON.stringify('/') } },
  output: { format: 'esm', minify: true },
});
const pageCode = Buffer.from(pageScript.output[0].code);
const css = Buffer.from(readFileSync(join(REPO, 'src/styles/offline.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' '));
const printCss = Buffer.from(readFileSync(join(REPO, 'src/styles/print.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' '));

const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
const shell = [...new Set([...worker.matchAll(/[`"'](_astro\/[^`"']+)[`"']/g)].map((match) => match[1]!))];
const list = JSON.parse(readFileSync(join(dist, 'offline-files.json'), 'utf8')) as OfflineFileList;
const download = sizes([...list.pages.map((page) => `${page.path}index.html`), ...list.files.map((file) => file.path)]);
const workerSize = sizes(['sw.js']);
const precache = sizes(precached);
const shellSize = sizes(shell);

console.log('| what | files | KB on disk | KB gzip |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| every page: registration + 有新内容 prompt (minified JS) | – | ${kb(pageCode.length)} | ${kb(gzipSize(pageCode))} |`);
console.log(`| every page: prompt and button styles (CSS, minified approx.) | – | ${kb(css.length)} | ${kb(gzipSize(css))} |`);
console.log(`| every page: print stylesheet (CSS, minified approx.) | – | ${kb(printCss.length)} | ${kb(gzipSize(printCss))} |`);
console.log(`| service worker (sw.js, Workbox included) | 1 | ${kb(workerSize.raw)} | ${kb(workerSize.gzip)} |`);
console.log(`| precached at install (offline page, icons, search engine and index) | ${precached.length} | ${kb(precache.raw)} | ${kb(precache.gzip)} |`);
console.log(`| shell stored at install (CSS/JS, search UI) | ${shell.length} | ${kb(shellSize.raw)} | ${kb(shellSize.gzip)} |`);
console.log(`| first visit's background total (worker + precache + shell not already loaded) | | ${kb(workerSize.raw + precache.raw + shellSize.raw)} | ${kb(workerSize.gzip + precache.gzip + shellSize.gzip)} (at most) |`);
console.log(`| 离线阅读 download (${list.pages.length} pages + other files) | ${list.pages.length + list.files.length} | ${kb(download.raw)} | ${kb(download.gzip)} |`);
