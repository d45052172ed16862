/**
 * Search benchmark: runs reader queries through the built site's own Pagefind bundle in
 * headless Chromium and prints answer quality (hit@1, hit@3, MRR@10), latency and bytes.
 *
 *   npm run bench:search                       the query sets in bench/search/queries/ (keywords, natural questions)
 *   npm run bench:search -- --queries FILE...  other query files (same YAML format)
 *   npm run bench:search -- --summary          figures only, no list of misses
 *   npm run bench:search -- --holdout-misses   also list the held-out sets' misses (not while tuning)
 *   npm run bench:search -- --json FILE        also write the figures as JSON
 *   npm run bench:search -- --ranking JSON     try other Pagefind ranking weights than the site's
 *   npm run bench:search -- --rounds N         warm rounds per query (default 3; quality needs only 1)
 *   npm run bench:search -- --dist DIR         measure another build than dist/ (e.g. a copy of an older one)
 *
 * Latency is measured in the page (performance.now) over loopback, so it is the engine's time,
 * not the network's; bytes are what a reader's browser would download.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/support/browser.ts';
import { searchExcerptLength, searchRanking } from '../../src/config/search.ts';
import { SiteSearch, type QueryRun, type SearchOptions } from './browser-search.ts';
import { answerRank, percentile, quality, type Quality } from './metrics.ts';
import { QUERY_KINDS } from './queries.ts';
import { answerTexts, chineseRecall, sampleWords, type Recall } from './chinese-recall.ts';
import { answerSections, builtHeadings, loadResolvedQueries, serveBuiltSite } from './site.ts';
import type { ResolvedQuery } from './expectations.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const COLD_SAMPLES = 5;
const RECALL_WORDS = 200;
const DEFAULT_ROUNDS = 3;
/** Keyword queries, then whole questions; each written as a tuning half and a held-out half. */
const BENCH_SETS = ['tuning', 'holdout', 'questions-tuning', 'questions-holdout'];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const valuesOf = (name: string) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return [];
  const values: string[] = [];
  for (const value of args.slice(at + 1)) {
    if (value.startsWith('--')) break;
    values.push(value);
  }
  return values;
};

const files = valuesOf('queries').length > 0 ? valuesOf('queries') : BENCH_SETS.map((name) => join(HERE, 'queries', `${name}.yaml`));
const dist = valuesOf('dist')[0] ? resolve(valuesOf('dist')[0]!) : undefined;
const headings = builtHeadings(dist);
const sets = files.map((file) => ({ name: basename(file).replace(/\.ya?ml$/, ''), queries: loadResolvedQueries(file, headings) }));

const site = await serveBuiltSite(dist);
const browser = await launchBrowser();
const ranking = valuesOf('ranking')[0] ? (JSON.parse(valuesOf('ranking')[0]!) as SearchOptions['ranking']) : searchRanking;
const rounds = Number(valuesOf('rounds')[0] ?? DEFAULT_ROUNDS);
const options: SearchOptions & { baseUrl: string } = { ranking, excerptLength: searchExcerptLength, baseUrl: new URL(site.url).pathname };

try {
  const allQueries = sets.flatMap((set) => set.queries);

  // Cold: a fresh context (empty cache) per sample; the first query pays for loading the engine and index.
  const cold: QueryRun[] = [];
  for (const query of allQueries.slice(0, COLD_SAMPLES)) {
    const tab = await SiteSearch.open(browser, site.url, options);
    cold.push(await tab.run(query.q));
    await tab.close();
  }

  // Warm: the engine is loaded; every query is new to the tab (its index chunks are fetched).
  // Each round is a fresh tab; a query's warm time is its median over the rounds, which keeps
  // one busy moment of the machine from standing in for the search.
  const queries = [...new Set(allQueries.map((query) => query.q))];
  const warm = new Map<string, QueryRun>();
  const warmTimes = new Map<string, number[]>(queries.map((q) => [q, []]));
  const repeat: QueryRun[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const tab = await SiteSearch.open(browser, site.url, options);
    await tab.run('初始化');
    for (const q of queries) {
      const run = await tab.run(q);
      warmTimes.get(q)!.push(run.ms);
      if (round === 0) warm.set(q, run);
    }
    if (round === 0) for (const q of queries) repeat.push(await tab.run(q));
    await tab.close();
  }
  const warmMs = queries.map((q) => percentile(warmTimes.get(q)!, 50));

  // Result URLs carry the deployment base path; expectations are written without it.
  for (const run of warm.values()) run.cards = run.cards.map((card) => ({ ...card, page: site.strip(card.page), links: card.links.map(site.strip) }));
  const report = sets.map((set) => ({ name: set.name, ...evaluate(set.queries, warm) }));
  const latency = {
    coldMs: percentile(cold.map((run) => run.ms), 50),
    coldBytes: percentile(cold.map((run) => run.bytes), 50),
    coldCpu: percentile(cold.map((run) => run.cpuMs), 50),
    warmP50: percentile(warmMs, 50),
    warmP95: percentile(warmMs, 95),
    repeatP50: percentile(repeat.map((run) => run.ms), 50),
    repeatP95: percentile(repeat.map((run) => run.ms), 95),
    warmBytesMedian: percentile([...warm.values()].map((run) => run.bytes), 50),
    warmBytesMean: mean([...warm.values()].map((run) => run.bytes)),
  };

  // Chinese segmentation: does searching a word find every answer and page that contains it?
  const recallTab = await SiteSearch.open(browser, site.url, options);
  const answers = answerTexts(answerSections(dist));
  const recall = await chineseRecall(recallTab, answers, sampleWords(answers, RECALL_WORDS), site.strip);
  await recallTab.close();

  printReport(report, latency);
  printRecall(recall);
  // Held-out sets are measured, never looked into while tuning: their misses stay unprinted unless asked for.
  const inspected = flag('holdout-misses') ? sets : sets.filter((set) => !set.name.includes('holdout'));
  if (!flag('summary')) printMisses(inspected.flatMap((set) => set.queries), warm);
  const jsonPath = valuesOf('json')[0];
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ sets: report, latency, recall }, null, 2)}\n`);
} finally {
  await browser.close();
  await site.close();
}

function evaluate(queries: ResolvedQuery[], runs: Map<string, QueryRun>): { all: Quality; byKind: Record<string, Quality>; empty: number } {
  const rankOf = (query: ResolvedQuery) => answerRank(query, runs.get(query.q)!.cards);
  const byKind: Record<string, Quality> = {};
  for (const kind of QUERY_KINDS) byKind[kind] = quality(queries.filter((query) => query.kind === kind).map(rankOf));
  return { all: quality(queries.map(rankOf)), byKind, empty: queries.filter((query) => runs.get(query.q)!.total === 0).length };
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function printReport(report: { name: string; all: Quality; byKind: Record<string, Quality>; empty: number }[], latency: Record<string, number>): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const rows = [['set', 'queries', 'hit@1', 'hit@3', 'MRR@10', 'no result']];
  for (const set of report) {
    rows.push([set.name, String(set.all.count), pct(set.all.hitAt1), pct(set.all.hitAt3), set.all.mrr.toFixed(3), String(set.empty)]);
    for (const [kind, q] of Object.entries(set.byKind)) if (q.count > 0) rows.push([`  ${kind}`, String(q.count), pct(q.hitAt1), pct(q.hitAt3), q.mrr.toFixed(3), '']);
  }
  printTable(rows);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log('');
  printTable([
    ['latency and transfer', 'value'],
    [`cold: first query incl. index load (median of ${COLD_SAMPLES})`, ms(latency.coldMs!)],
    ['cold: bytes fetched', kb(latency.coldBytes!)],
    ['cold: CPU time of the page (median; depends little on the load)', ms(latency.coldCpu!)],
    [`warm: new query, p50 (median of ${rounds} rounds)`, ms(latency.warmP50!)],
    [`warm: new query, p95 (median of ${rounds} rounds)`, ms(latency.warmP95!)],
    ['warm: repeated query, p50 / p95', `${ms(latency.repeatP50!)} / ${ms(latency.repeatP95!)}`],
    ['warm: bytes fetched per query, median / mean', `${kb(latency.warmBytesMedian!)} / ${kb(latency.warmBytesMean!)}`],
    // Timings depend on the machine: say how busy it was.
    ['machine: CPUs, load average (1 min) at the end', `${availableParallelism()}, ${loadavg()[0]!.toFixed(1)}`],
  ]);
}

function printRecall(recall: Recall): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log('');
  printTable([
    [`Chinese word recall (${recall.words} words sampled from the answers)`, 'value'],
    ['answers using the word that its search returns', pct(recall.answers)],
    ['pages using the word that its search returns', pct(recall.pages)],
    ['words whose search finds none of their pages', recall.lost.length === 0 ? '0' : `${recall.lost.length}: ${recall.lost.slice(0, 10).join(' ')}`],
  ]);
}

function printMisses(queries: ResolvedQuery[], runs: Map<string, QueryRun>): void {
  const misses = queries.filter((query) => answerRank(query, runs.get(query.q)!.cards) !== 1);
  if (misses.length === 0) return;
  console.log('\nNot first (expected → what the first results show):');
  for (const query of misses) {
    const run = runs.get(query.q)!;
    const rank = answerRank(query, run.cards);
    console.log(`  「${query.q}」 rank ${rank ?? '-'}; want ${query.expect.map((answer) => `${answer.page}${answer.heading ? ` § ${answer.heading}` : ''}`).join(' | ')}`);
    for (const card of run.cards.slice(0, 3)) console.log(`      ${card.links[0]}  ${card.titles.join(' · ')}`);
  }
}

function printTable(rows: string[][]): void {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u1100-\uffff]/u.test(char) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
