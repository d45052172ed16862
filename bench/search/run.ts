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
 *   npm run bench:search -- --compare REV      also build a git revision (e.g. main) and print it beside this build
 *   npm run bench:search -- --compare DIR      also measure a built site folder, beside this build
 *
 * Latency is measured in the page (performance.now) over loopback, so it is the engine's time,
 * not the network's; bytes are what a reader's browser would download.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../../tests/support/browser.ts';
import { searchExcerptLength, searchRanking } from '../../src/config/search.ts';
import { SiteSearch, type QueryRun, type SearchOptions } from './browser-search.ts';
import { answerRank, percentile, quality, type Quality } from './metrics.ts';
import { QUERY_KINDS } from './queries.ts';
import { answerTexts, chineseRecall, sampleWords, type Recall } from './chinese-recall.ts';
import { astroBuild, scratchDir } from '../lib/astro-build.ts';
import { exportRevision } from '../lib/git-revision.ts';
import { DIST } from '../../tests/support/dist.ts';
import { answerSections, builtHeadings, loadResolvedQueries, serveBuiltSite } from './site.ts';
import type { ResolvedQuery } from './expectations.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Fresh contexts for the first-query figure: its spread on this machine is wide (about ±100 ms), so its median needs more than a few. */
const COLD_SAMPLES = 11;
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
const dist = valuesOf('dist')[0] ? resolve(valuesOf('dist')[0]!) : DIST;
const compare = valuesOf('compare')[0];
if (args.includes('--compare') && !compare) throw new Error('--compare needs a git revision (e.g. main) or a built site folder');
const ranking = valuesOf('ranking')[0] ? (JSON.parse(valuesOf('ranking')[0]!) as SearchOptions['ranking']) : searchRanking;
const rounds = Number(valuesOf('rounds')[0] ?? DEFAULT_ROUNDS);

/** What one built site measures: quality per set, latency and transfer, Chinese word recall. */
interface Measured {
  label: string;
  sets: { name: string; queries: ResolvedQuery[] }[];
  report: SetReport[];
  latency: Latency;
  recall: Recall;
  warm: Map<string, QueryRun>;
}

interface MeasuredSite {
  label: string;
  dist: string;
  /** The ranking and excerpt length that build's dialog passes to Pagefind. */
  options: SearchOptions;
  cleanUp: () => void;
}

/**
 * `--compare`: a built site folder as it is (searched with this tree's options), or a git
 * revision built into a scratch folder and searched with the options of its own
 * src/config/search.ts, as its dialog would.
 */
async function comparedSite(): Promise<MeasuredSite | undefined> {
  if (!compare) return undefined;
  const ours = { ranking, excerptLength: searchExcerptLength };
  if (existsSync(join(compare, 'pagefind', 'pagefind.js'))) return { label: basename(resolve(compare)), dist: resolve(compare), options: ours, cleanUp: () => {} };
  const scratch = scratchDir('search-compare');
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
  try {
    exportRevision(compare, scratch);
    console.error(`building ${compare}…`);
    await astroBuild({ root: scratch, outDir: join(scratch, 'dist') });
    const config = (await import(pathToFileURL(join(scratch, 'src', 'config', 'search.ts')).href)) as { searchRanking: SearchOptions['ranking']; searchExcerptLength: number };
    return { label: compare, dist: join(scratch, 'dist'), options: { ranking: config.searchRanking, excerptLength: config.searchExcerptLength }, cleanUp };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

const before = await comparedSite();
const browser = await launchBrowser();
try {
  // The Chinese words sampled once, from this site's answers, for every build measured.
  const words = sampleWords(answerTexts(answerSections(dist)), RECALL_WORDS);
  const measured: Measured[] = [];
  if (before) measured.push(await measureSite(before, words));
  const now = await measureSite({ label: before ? 'now' : 'value', dist, options: { ranking, excerptLength: searchExcerptLength }, cleanUp: () => {} }, words);
  measured.push(now);

  printReport(measured);
  printRecall(measured);
  // Held-out sets are measured, never looked into while tuning: their misses stay unprinted unless asked for.
  const inspected = flag('holdout-misses') ? now.sets : now.sets.filter((set) => !set.name.includes('holdout'));
  if (!flag('summary')) printMisses(inspected.flatMap((set) => set.queries), now.warm);
  const jsonPath = valuesOf('json')[0];
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(measured.map(({ label, report, latency, recall }) => ({ label, sets: report, latency, recall })), null, 2)}\n`);
} finally {
  await browser.close();
  before?.cleanUp();
}

async function measureSite({ label, dist: siteDist, options: searchOptions }: MeasuredSite, words: string[]): Promise<Measured> {
  const headings = builtHeadings(siteDist);
  // Expectations are resolved against each build's own headings (their ids may differ).
  const sets = files.map((file) => ({ name: basename(file).replace(/\.ya?ml$/, ''), queries: loadResolvedQueries(file, headings) }));
  const site = await serveBuiltSite(siteDist);
  const options: SearchOptions & { baseUrl: string } = { ...searchOptions, baseUrl: new URL(site.url).pathname };
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
    const latency: Latency = {
      coldMs: percentile(cold.map((run) => run.ms), 50),
      coldBytes: percentile(cold.map((run) => run.bytes), 50),
      coldCpu: percentile(cold.map((run) => run.cpuMs), 50),
      warmP50: percentile(warmMs, 50),
      warmP95: percentile(warmMs, 95),
      repeatP50: percentile(repeat.map((run) => run.ms), 50),
      repeatP95: percentile(repeat.map((run) => run.ms), 95),
      warmBytesMedian: percentile([...warm.values()].map((run) => run.bytes), 50),
      warmBytesMean: mean([...warm.values()].map((run) => run.bytes)),
      load: loadavg()[0]!,
    };

    // Chinese segmentation: does searching a word find every answer and page that contains it?
    const recallTab = await SiteSearch.open(browser, site.url, options);
    const recall = await chineseRecall(recallTab, answerTexts(answerSections(siteDist)), words, site.strip);
    await recallTab.close();
    return { label, sets, report, latency, recall, warm };
  } finally {
    await site.close();
  }
}

interface SetReport {
  name: string;
  all: Quality;
  byKind: Record<string, Quality>;
  empty: number;
}

interface Latency {
  coldMs: number;
  coldBytes: number;
  coldCpu: number;
  warmP50: number;
  warmP95: number;
  repeatP50: number;
  repeatP95: number;
  warmBytesMedian: number;
  warmBytesMean: number;
  /** Load average (1 min) when the build was measured: timings depend on how busy the machine was. */
  load: number;
}

function evaluate(queries: ResolvedQuery[], runs: Map<string, QueryRun>): Omit<SetReport, 'name'> {
  const rankOf = (query: ResolvedQuery) => answerRank(query, runs.get(query.q)!.cards);
  const byKind: Record<string, Quality> = {};
  for (const kind of QUERY_KINDS) byKind[kind] = quality(queries.filter((query) => query.kind === kind).map(rankOf));
  return { all: quality(queries.map(rankOf)), byKind, empty: queries.filter((query) => runs.get(query.q)!.total === 0).length };
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One column group per measured build (before, now), side by side. */
function printReport(measured: Measured[]): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const groups = measured.length > 1;
  const named = (column: string, label: string) => (groups ? `${label}: ${column}` : column);
  const rows = [['set', 'queries', ...measured.flatMap(({ label }) => ['hit@1', 'hit@3', 'MRR@10', 'no result'].map((column) => named(column, label)))]];
  const now = measured[measured.length - 1]!;
  now.report.forEach((set, index) => {
    const sets = measured.map((build) => build.report[index]!);
    rows.push([set.name, String(set.all.count), ...sets.flatMap((each) => [pct(each.all.hitAt1), pct(each.all.hitAt3), each.all.mrr.toFixed(3), String(each.empty)])]);
    for (const kind of Object.keys(set.byKind)) {
      if (set.byKind[kind]!.count === 0) continue;
      rows.push([`  ${kind}`, String(set.byKind[kind]!.count), ...sets.flatMap((each) => [pct(each.byKind[kind]!.hitAt1), pct(each.byKind[kind]!.hitAt3), each.byKind[kind]!.mrr.toFixed(3), ''])]);
    }
  });
  printTable(rows);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const row = (label: string, value: (latency: Latency) => string) => [label, ...measured.map((build) => value(build.latency))];
  console.log('');
  printTable([
    ['latency and transfer', ...measured.map(({ label }) => label)],
    row(`cold: first query incl. index load (median of ${COLD_SAMPLES})`, (latency) => ms(latency.coldMs)),
    row('cold: bytes fetched', (latency) => kb(latency.coldBytes)),
    row('cold: CPU time of the page (median; depends little on the load)', (latency) => ms(latency.coldCpu)),
    row(`warm: new query, p50 (median of ${rounds} rounds)`, (latency) => ms(latency.warmP50)),
    row(`warm: new query, p95 (median of ${rounds} rounds)`, (latency) => ms(latency.warmP95)),
    row('warm: repeated query, p50 / p95', (latency) => `${ms(latency.repeatP50)} / ${ms(latency.repeatP95)}`),
    row('warm: bytes fetched per query, median / mean', (latency) => `${kb(latency.warmBytesMedian)} / ${kb(latency.warmBytesMean)}`),
    // Timings depend on the machine: say how busy it was.
    row(`machine: load average (1 min) after measuring, ${availableParallelism()} CPUs`, (latency) => latency.load.toFixed(1)),
  ]);
}

function printRecall(measured: Measured[]): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const row = (label: string, value: (recall: Recall) => string) => [label, ...measured.map((build) => value(build.recall))];
  console.log('');
  printTable([
    [`Chinese word recall (${measured[0]!.recall.words} words sampled from the answers)`, ...measured.map(({ label }) => label)],
    row('answers using the word that its search returns', (recall) => pct(recall.answers)),
    row('pages using the word that its search returns', (recall) => pct(recall.pages)),
    row('words whose search finds none of their pages', (recall) => (recall.lost.length === 0 ? '0' : `${recall.lost.length}: ${recall.lost.slice(0, 10).join(' ')}`)),
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
