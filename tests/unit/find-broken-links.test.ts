import { afterEach, describe, expect, it } from 'vitest';
import { describeBrokenLink, findBrokenLinks } from '../../scripts/site/find-broken-links.ts';
import { readBuiltSite } from '../../scripts/site/read-built-site.ts';
import { fixturePageHtml, redirectStubHtml, writeFixtureDist } from '../support/fixture-site.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

const SITE = 'https://user.github.io';

/** A two-page site whose /questions/ page holds the links under test. */
function brokenLinks(links: string[], base = '/') {
  const { dist, remove } = writeFixtureDist({
    'index.html': fixturePageHtml('home', {}),
    'questions/index.html': fixturePageHtml('questions', { links }),
    'go/interview/index.html': fixturePageHtml('go', { headings: [[2, 'gmp-scheduler', 'GMP']] }),
    'go/old/index.html': redirectStubHtml(`${base}go/interview/`),
    'sitemap-index.xml': '<sitemapindex/>',
  });
  cleanups.push(remove);
  return findBrokenLinks(readBuiltSite(dist), { site: SITE, base }).map(describeBrokenLink);
}

describe('findBrokenLinks', () => {
  it('accepts relative, root-relative and absolute links that land on a page and an id', () => {
    expect(
      brokenLinks(['../go/interview/#gmp-scheduler', '/go/interview/', `${SITE}/go/interview/#gmp-scheduler`, '#_top', '#', '/', '/sitemap-index.xml']),
    ).toEqual([]);
  });

  it('resolves links under the base the site is deployed at', () => {
    expect(brokenLinks(['../go/interview/#gmp-scheduler', '/repo/go/interview/'], '/repo/')).toEqual([]);
    expect(brokenLinks(['/go/interview/'], '/repo/')).toEqual(["/go/interview/ (on /questions/): outside the site's base /repo/"]);
  });

  it('reports a fragment no element on the target page has, percent-encoded or not', () => {
    expect(brokenLinks(['../go/interview/#1-go的gmp调度模型', '../go/interview/#1-go%E7%9A%84gmp'])).toEqual([
      '../go/interview/#1-go的gmp调度模型 (on /questions/): no element with id "1-go的gmp调度模型" on /go/interview/',
      '../go/interview/#1-go%E7%9A%84gmp (on /questions/): no element with id "1-go的gmp" on /go/interview/',
    ]);
  });

  it('reports missing pages, missing trailing slashes and links to moved pages', () => {
    expect(brokenLinks(['../go/missing/', '../go/interview', '/go/old/'])).toEqual([
      '../go/missing/ (on /questions/): no page /go/missing/',
      '../go/interview (on /questions/): no trailing slash: the page is /go/interview/',
      '/go/old/ (on /questions/): /go/old/ has moved to /go/interview/: link there directly',
    ]);
  });

  it('ignores external links and links that do not navigate', () => {
    expect(brokenLinks(['https://github.com/withastro/starlight#readme', 'mailto:someone@example.com', 'javascript:void(0)'])).toEqual([]);
  });

  it('names every page a repeated broken link is on once', () => {
    const { dist, remove } = writeFixtureDist({
      'a/index.html': fixturePageHtml('a', { links: ['/missing/', '/missing/'] }),
      'b/index.html': fixturePageHtml('b', { links: ['/missing/'] }),
    });
    cleanups.push(remove);
    const [broken] = findBrokenLinks(readBuiltSite(dist), { site: SITE, base: '/' });
    expect(broken?.pages).toEqual(['/a/', '/b/']);
    expect(describeBrokenLink(broken!)).toBe('/missing/ (on 2 pages, e.g. /a/): no page /missing/');
  });
});
