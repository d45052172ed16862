import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteSearch } from '../../bench/search/browser-search.ts';
import { answerRank, quality } from '../../bench/search/metrics.ts';
import { loadResolvedQueries } from '../../bench/search/site.ts';
import { searchExcerptLength, searchRanking } from '../../src/config/search.ts';
import { launchBrowser, siteUrl } from '../support/browser.ts';

/** The share of queries whose answer must be among the first three results (issue 5). */
const HIT_AT_3_FLOOR = 0.95;

const queryFile = (name: string) => fileURLToPath(new URL(`../../bench/search/queries/${name}.yaml`, import.meta.url));

describe('search finds the answer', () => {
  let browser: Browser;
  let search: SiteSearch;

  beforeAll(async () => {
    browser = await launchBrowser();
    search = await SiteSearch.open(browser, siteUrl(), { ranking: searchRanking, excerptLength: searchExcerptLength });
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(['tuning', 'holdout'])(`puts the answer in the first three results for at least ${HIT_AT_3_FLOOR * 100}% of the %s queries`, async (set) => {
    const queries = loadResolvedQueries(queryFile(set));
    const misses: string[] = [];
    const ranks: (number | null)[] = [];
    for (const query of queries) {
      const rank = answerRank(query, (await search.run(query.q)).cards);
      ranks.push(rank);
      if (rank === null || rank > 3) misses.push(`${query.q} (rank ${rank ?? '-'})`);
    }
    expect(quality(ranks).hitAt3, `not in the first three: ${misses.join(', ')}`).toBeGreaterThanOrEqual(HIT_AT_3_FLOOR);
  });
});
