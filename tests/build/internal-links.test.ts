import { describe, expect, it } from 'vitest';
import { describeBrokenLink, findBrokenLinks } from '../../scripts/site/find-broken-links.ts';
import { readBuiltSite } from '../../scripts/site/read-built-site.ts';
import { deployment } from '../../src/config/deployment.ts';
import { DIST } from '../support/dist.ts';

describe('internal links', () => {
  const site = readBuiltSite(DIST);

  it('are checked on every page: Markdown, components, sidebar, table of contents', () => {
    const links = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
    expect(site.pages.size).toBeGreaterThanOrEqual(40);
    expect(links).toBeGreaterThan(site.pages.size * 40);
  });

  it('all land on a published page and, with a #fragment, on an element with that id', () => {
    expect(findBrokenLinks(site, deployment).map(describeBrokenLink)).toEqual([]);
  });
});
