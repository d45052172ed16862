import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, scratchDir } from '../../bench/lib/astro-build.ts';
import { writeBareStarlight } from '../../bench/lib/bare-starlight.ts';
import { measureFirstVisit } from '../../bench/lib/first-visit.ts';
import { representativePages } from '../../bench/lib/page-types.ts';
import { startServer } from '../../scripts/serve.ts';
import { siteUrl, useBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

/** Budget for a typical answer page's first visit, images excluded: 70 KB of gzip. */
const BUDGET = 70 * 1024;

/**
 * Page weight in bytes (deterministic for a given build; no timing is asserted): what Chromium
 * downloads on a first visit without interaction, gzip-sized from the files served, compared
 * with a bare Starlight site built from the same pages.
 */
describe('page weight budget', () => {
  const browser = useBrowser();
  let scratch = '';
  let bareServer: Server | undefined;
  let bareUrl = '';

  beforeAll(async () => {
    scratch = scratchDir('weight');
    writeBareStarlight(scratch);
    await astroBuild({ root: scratch, outDir: join(scratch, 'dist') });
    bareServer = await startServer(join(scratch, 'dist'), 0, '127.0.0.1');
    const address = bareServer.address();
    if (typeof address !== 'object' || address === null) throw new Error('server has no address');
    bareUrl = `http://127.0.0.1:${address.port}/`;
  }, 240_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (bareServer ? bareServer.close(() => resolve()) : resolve()));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  // Every page type, the diagram page included (its diagrams are SVG in the page; the bare site shows them as code).
  for (const page of representativePages(DIST)) {
    const budgeted = page.kind === 'answer';
    it(`${page.label}: ${budgeted ? `at most ${BUDGET / 1024} KB gzip and ` : ''}no heavier than bare Starlight`, async () => {
      const ours = await measureFirstVisit(browser(), siteUrl(page.path));
      const bare = await measureFirstVisit(browser(), bareUrl + page.path);
      expect(ours.status).toBe(page.kind === '404' ? 404 : 200);
      expect(ours.files.filter((file) => file.kind === 'html')).toHaveLength(1);
      if (budgeted) expect(ours.weight.total).toBeLessThanOrEqual(BUDGET);
      expect(ours.weight.total).toBeLessThanOrEqual(bare.weight.total);
    });
  }
});
