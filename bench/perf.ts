/**
 * Performance bench: builds this site and a bare Starlight site from the same pages (cold
 * builds, `astro build --force`), serves both on loopback, and visits one page of each type in
 * Chromium with an empty cache, touching nothing. Prints, per page type, the gzip bytes the
 * visit downloaded by kind (images excluded), the JavaScript that ran before any interaction,
 * and the build times.
 *
 *   npm run bench:perf            (about 2 minutes on 2 cores)
 */
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { astroBuild, scratchDir } from './lib/astro-build.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeBareStarlight } from './lib/bare-starlight.ts';
import { measureFirstVisit, type FirstVisit } from './lib/first-visit.ts';
import { representativePages } from './lib/page-types.ts';
import { practiceShare, type PracticeShare } from './lib/practice-share.ts';
import { startServer } from '../scripts/serve.ts';

const BUDGET = 70 * 1024;
const PRACTICE_BUDGET = 60 * 1024;
const PRACTICE_SHARE_BUDGET = 3 * 1024;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

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

  const site = await serve(siteDist);
  const bare = await serve(bareDist);
  const browser = await launchChromium();
  const rows: string[] = [];
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
    for (const [name, visit] of [['this site', ours], ['bare Starlight', theirs]] as const) {
      if (!visit) continue;
      const { weight, js } = visit;
      rows.push(`| ${name === 'this site' ? page.label : ''} | ${name} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.fonts)} | **${kb(weight.total)}** | ${js.scripts} / ${kb(js.parsed)} / ${kb(js.executed)} |`);
    }
  }
  await browser.close();
  site.server.close();
  bare.server.close();

  console.log('\nFirst visit, empty cache, no interaction: KB gzip (level 6) downloaded by kind, images excluded.');
  console.log('JS run = scripts that ran before any interaction / KB of their source / KB inside executed code (V8 coverage).\n');
  console.log('| page | site | HTML | CSS | JS | fonts | total | JS run: scripts / KB / KB executed |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  console.log(`\n| cold build (astro build --force) | this site | bare Starlight |\n| --- | ---: | ---: |\n| wall-clock seconds | ${siteSeconds.wall.toFixed(1)} | ${bareSeconds.wall.toFixed(1)} |\n| CPU seconds (user + system) | ${siteSeconds.cpu.toFixed(1)} | ${bareSeconds.cpu.toFixed(1)} |`);
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
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
