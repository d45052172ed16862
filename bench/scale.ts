/**
 * Scale bench: how build time and search cost grow with the knowledge base. For each size it
 * writes this site with copies of its answer pages up to that many pages, builds it cold,
 * measures Pagefind's index on disk, and runs Chinese and English queries in Chromium (cold:
 * a reader's first search; warm: later ones).
 *
 *   npm run bench:scale               200, 1,000 and 2,000 pages (about 8 minutes on 2 cores)
 *   npm run bench:scale -- 200 500    other sizes
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../scripts/serve.ts';
import { astroBuild, scratchDir, type BuildTime } from './lib/astro-build.ts';
import { launchChromium } from './lib/chromium.ts';
import { measureSearches, pagefindIndexSize, type IndexSize, type SearchCost } from './lib/search-cost.ts';
import { writeSyntheticSite } from './lib/synthetic-site.ts';

const SIZES = process.argv.slice(2).map(Number).filter((size) => size > 0);
const QUERIES = ['调度', '消息丢失', '分布式锁', 'etcd watch', 'Raft 选举', 'kubelet'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Row {
  pages: number;
  build: BuildTime;
  index: IndexSize;
  cold: SearchCost[];
  warm: SearchCost[];
}

const rows: Row[] = [];
const browser = await launchChromium();
try {
  for (const size of SIZES.length > 0 ? SIZES : [200, 1000, 2000]) {
    const dir = scratchDir(`scale-${size}`);
    try {
      const pages = writeSyntheticSite(dir, size);
      console.error(`${pages} pages: building…`);
      const build = await astroBuild({ root: dir, outDir: join(dir, 'dist') });
      const server = await startServer(join(dir, 'dist'), 0, '127.0.0.1');
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('server has no address');
      console.error(`${pages} pages: searching…`);
      const { cold, warm } = await measureSearches(browser, `http://127.0.0.1:${address.port}/`, QUERIES);
      server.close();
      rows.push({ pages, build, index: pagefindIndexSize(join(dir, 'dist')), cold, warm });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

console.log(`\nQueries: ${QUERIES.map((query) => `“${query}”`).join(' ')}; medians over them. Cold = a reader's first search`);
console.log('(fresh browser context: Pagefind script, WASM, metadata, index chunks and fragments); warm = a later search.');
console.log('KB fetched: Pagefind files as served (already compressed; its JS gzip-sized). Latency: search call to first five excerpts.\n');
console.log('| pages | build wall s (CPU s) | index on disk KB | index chunks (KB) | fragments (KB) | cold search: KB / ms | warm search: KB / ms | results for “调度” |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { pages, build, index, cold, warm } of rows) {
  console.log(
    `| ${pages.toLocaleString('en')} | ${build.wall.toFixed(0)} (${build.cpu.toFixed(0)}) | ${kb(index.bytes)} | ${index.indexChunks} (${kb(index.indexBytes)}) | ${index.fragments} (${kb(index.fragmentBytes)}) | ` +
      `${kb(median(cold.map((cost) => cost.bytes)))} / ${median(cold.map((cost) => cost.ms)).toFixed(0)} | ${kb(median(warm.map((cost) => cost.bytes)))} / ${median(warm.map((cost) => cost.ms)).toFixed(0)} | ${cold[0]?.results ?? 0} |`,
  );
}
