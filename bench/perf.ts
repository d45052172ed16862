/**
 * Performance bench: builds this site and a bare Starlight site from the same pages (cold
 * builds, `astro build --force`), serves both on loopback, and visits one page of each type in
 * Chromium with an empty cache, touching nothing. Prints, per page type, the gzip bytes the
 * visit downloaded by kind (images excluded), the JavaScript that ran before any interaction,
 * and the build times; the practice page against its budget and what practice mode adds to
 * every other page type; then every page with a diagram against its budget.
 *
 *   npm run bench:perf                      (about 2 minutes on 2 cores)
 *   npm run bench:perf -- --compare main    also build and measure a git revision (before/after)
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { astroBuild, scratchDir } from './lib/astro-build.ts';
import { exportRevision } from './lib/git-revision.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeBareStarlight } from './lib/bare-starlight.ts';
import { measureFirstVisit, type FirstVisit } from './lib/first-visit.ts';
import { representativePages } from './lib/page-types.ts';
import { practiceShare, type PracticeShare } from './lib/practice-share.ts';
import { builtPages, urlPathOf } from '../scripts/site/built-pages.ts';
import { startServer } from '../scripts/serve.ts';

const BUDGET = 70 * 1024;
/** The practice page's first visit (issue #12), and what practice mode may add to any other page. */
const PRACTICE_BUDGET = 60 * 1024;
const PRACTICE_SHARE_BUDGET = 3 * 1024;
/** A page with diagrams: its first visit, images aside, and the script it runs (issue #14). */
const DIAGRAM_PAGE_BUDGET = 60 * 1024;
const DIAGRAM_SCRIPT_BUDGET = 15 * 1024;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** `--compare <revision>`: a git revision to measure beside this working tree. */
const compareIndex = process.argv.indexOf('--compare');
const compareRef = compareIndex >= 0 ? process.argv[compareIndex + 1] : undefined;
if (compareIndex >= 0 && !compareRef) throw new Error('--compare needs a git revision, e.g. --compare main');

async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = await startServer(dir, 0, '127.0.0.1');
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no address');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

const scratch = scratchDir('perf');
try {
  const siteDist = join(scratch, 'site');
  const bareRoot = join(scratch, 'bare');
  const bareDist = join(bareRoot, 'dist');
  writeBareStarlight(bareRoot);
  console.error('building this site…');
  const siteSeconds = await astroBuild({ outDir: siteDist, force: true });
  console.error('building bare Starlight…');
  const bareSeconds = await astroBuild({ root: bareRoot, outDir: bareDist, force: true });
  let revision: { name: string; dist: string; seconds: Awaited<ReturnType<typeof astroBuild>> } | undefined;
  if (compareRef) {
    const root = join(scratch, 'revision');
    exportRevision(compareRef, root);
    console.error(`building ${compareRef}…`);
    revision = { name: compareRef, dist: join(root, 'dist'), seconds: await astroBuild({ root, outDir: join(root, 'dist'), force: true }) };
  }

  const site = await serve(siteDist);
  const bare = await serve(bareDist);
  const before = revision ? await serve(revision.dist) : undefined;
  const browser = await launchChromium();
  const rows: string[] = [];
  const row = (label: string, name: string, { weight, js }: FirstVisit) =>
    `| ${label} | ${name} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.fonts)} | **${kb(weight.total)}** | ${js.scripts} / ${kb(js.parsed)} / ${kb(js.executed)} |`;
  let typical: { site: FirstVisit; bare: FirstVisit } | undefined;
  let practice: FirstVisit | undefined;
  const shares: [string, PracticeShare][] = [];
  for (const page of representativePages(siteDist)) {
    console.error(`visiting ${page.label}…`);
    const ours = await measureFirstVisit(browser, site.url + page.path);
    // The practice page is this site's own: bare Starlight has nothing to compare it with.
    const theirs = page.kind === 'practice' ? null : await measureFirstVisit(browser, bare.url + page.path);
    if (page.kind === 'answer' && theirs) typical = { site: ours, bare: theirs };
    if (page.kind === 'practice') practice = ours;
    else shares.push([page.label, practiceShare(siteDist, page.file)]);
    rows.push(row(page.label, 'this site', ours));
    const old = before && revision ? await measureFirstVisit(browser, before.url + page.path) : undefined;
    // A revision from before practice mode has no practice page to compare.
    if (old && revision && old.status === 200) rows.push(row('', revision.name, old));
    if (theirs) rows.push(row('', 'bare Starlight', theirs));
  }

  // Every page with a diagram, against the diagram budget.
  const diagramRows: string[] = [];
  for (const file of pagesWithDiagrams(siteDist)) {
    const path = urlPathOf(file).slice(1);
    console.error(`visiting /${path}…`);
    const ours = await measureFirstVisit(browser, site.url + path);
    const theirs = await measureFirstVisit(browser, bare.url + path);
    const old = before ? await measureFirstVisit(browser, before.url + path) : undefined;
    const within = ours.weight.total <= DIAGRAM_PAGE_BUDGET && ours.weight.js <= DIAGRAM_SCRIPT_BUDGET;
    const cells = [`/${path}`, String(countDiagrams(join(siteDist, file))), `**${kb(ours.weight.total)}** / ${kb(ours.weight.js)}`, ...(old ? [`${kb(old.weight.total)} / ${kb(old.weight.js)}`] : []), `${kb(theirs.weight.total)} / ${kb(theirs.weight.js)}`, within ? 'yes' : '**NO**'];
    diagramRows.push(`| ${cells.join(' | ')} |`);
  }
  await browser.close();
  site.server.close();
  bare.server.close();
  before?.server.close();

  console.log('\nFirst visit, empty cache, no interaction: KB gzip (level 6) downloaded by kind, images excluded.');
  console.log('JS run = scripts that ran before any interaction / KB of their source / KB inside executed code (V8 coverage).\n');
  console.log('| page | site | HTML | CSS | JS | fonts | total | JS run: scripts / KB / KB executed |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const line of rows) console.log(line);
  const revisionColumn = revision ? ` ${revision.name} |` : '';
  console.log(`\n| cold build (astro build --force) | this site |${revisionColumn} bare Starlight |\n| --- | ---: |${revision ? ' ---: |' : ''} ---: |`);
  console.log(`| wall-clock seconds | ${siteSeconds.wall.toFixed(1)} |${revision ? ` ${revision.seconds.wall.toFixed(1)} |` : ''} ${bareSeconds.wall.toFixed(1)} |`);
  console.log(`| CPU seconds (user + system) | ${siteSeconds.cpu.toFixed(1)} |${revision ? ` ${revision.seconds.cpu.toFixed(1)} |` : ''} ${bareSeconds.cpu.toFixed(1)} |`);
  if (typical) {
    const verdict = typical.site.weight.total <= BUDGET && typical.site.weight.total <= typical.bare.weight.total ? 'within budget' : 'OVER BUDGET';
    console.log(`\nBudget (typical answer page ≤ ${kb(BUDGET)} KB and ≤ bare Starlight): ${kb(typical.site.weight.total)} KB vs ${kb(typical.bare.weight.total)} KB: ${verdict}.`);
  }
  if (practice) {
    const verdict = practice.weight.total <= PRACTICE_BUDGET ? 'within budget' : 'OVER BUDGET';
    console.log(`\nPractice page first visit (budget ≤ ${kb(PRACTICE_BUDGET)} KB): ${kb(practice.weight.total)} KB: ${verdict}.`);
  }
  console.log(`\nWhat practice mode adds to the other pages (KB gzip; budget ≤ ${kb(PRACTICE_SHARE_BUDGET)} KB each): the marks in the HTML, their script (what the page's other scripts do not load already), the practice rules of the stylesheets.\n`);
  console.log('| page | HTML | JS | CSS | total |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, share] of shares) console.log(`| ${label} | ${kb(share.html)} | ${kb(share.js)} | ${kb(share.css)} | **${kb(share.total)}**${share.total > PRACTICE_SHARE_BUDGET ? ' OVER BUDGET' : ''} |`);
  console.log(`\nPages with diagrams: first visit KB gzip total / of it JavaScript (budget ≤ ${kb(DIAGRAM_PAGE_BUDGET)} / ≤ ${kb(DIAGRAM_SCRIPT_BUDGET)}).\n`);
  console.log(`| page | diagrams | this site |${revisionColumn} bare Starlight (diagrams as code) | within budget |`);
  console.log(`| --- | ---: | ---: |${revision ? ' ---: |' : ''} ---: | --- |`);
  for (const line of diagramRows) console.log(line);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Built pages (`…/index.html` under dist) that hold at least one diagram. */
function pagesWithDiagrams(dist: string): string[] {
  return builtPages(dist).filter((file) => countDiagrams(join(dist, file)) > 0);
}

function countDiagrams(path: string): number {
  return readFileSync(path, 'utf8').match(/<div class="kb-diagram"/g)?.length ?? 0;
}
