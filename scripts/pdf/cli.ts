/**
 * `npm run pdf`: the knowledge base as PDF books, from the built site in dist/ (run
 * `npm run build` first). Writes dist/book/knowledge-base.pdf (everything, topic by topic in
 * sidebar order), dist/book/<topic>.pdf and dist/book/index.json, which the 离线阅读 page
 * reads to link them. Rendered by Debian's Chromium (CHROMIUM_PATH to use another) with the
 * system's CJK fonts; checked with poppler-utils.
 *
 *   npm run pdf                       every book
 *   npm run pdf -- --topic etcd       one topic's book only (repeatable)
 *   npm run pdf -- --out DIR          somewhere other than dist/book/
 *   npm run pdf -- --remote-images    fetch images from other hosts (needs internet)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../bench/lib/chromium.ts';
import { BOOK_DIR } from '../../src/lib/book-index.ts';
import { startServer } from '../serve.ts';
import { makeBooks } from './make-books.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((arg, index) => (arg === `--${name}` && args[index + 1] ? [args[index + 1]!] : []));
const dist = join(root, 'dist');
const outDir = resolve(values('out')[0] ?? join(dist, BOOK_DIR));
const topics = values('topic');
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}
const server = await startServer(dist, 0, '127.0.0.1', base);
const address = server.address();
if (typeof address !== 'object' || address === null) throw new Error('server has no address');
const browser = await launchChromium();
const started = performance.now();
try {
  const books = await makeBooks({
    dist,
    base,
    siteUrl: `http://127.0.0.1:${address.port}${base}`,
    outDir,
    browser,
    topics: topics.length > 0 ? topics : undefined,
    remoteImages: args.includes('--remote-images'),
    log: (line) => console.log(line),
  });
  const failed = books.filter((book) => book.report.problems.length > 0);
  for (const book of failed) console.error(`${book.file}:\n  ${book.report.problems.slice(0, 30).join('\n  ')}`);
  console.log(`${books.length} PDF files in ${outDir} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (failed.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
