import { afterEach, describe, expect, it } from 'vitest';
import type { AnchorLock } from '../../src/lib/anchor-lock.ts';
import { checkAnchorLock, updatedAnchorLock } from '../../scripts/anchors/lockfile.ts';
import { readBuiltSite } from '../../scripts/site/read-built-site.ts';
import { fixturePageHtml, redirectStubHtml, writeFixtureDist, type FixturePage } from '../support/fixture-site.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

/** Builds a fixture dist/ from pages (URL path → page) and reads it like the real check does. */
function site(pages: Record<string, FixturePage | { redirectTo: string }>) {
  const files: Record<string, string> = {};
  for (const [path, page] of Object.entries(pages)) {
    files[`${path.slice(1)}index.html`] = 'redirectTo' in page ? redirectStubHtml(page.redirectTo) : fixturePageHtml(path, page);
  }
  const { dist, remove } = writeFixtureDist(files);
  cleanups.push(remove);
  return readBuiltSite(dist);
}

const GO: FixturePage = {
  headings: [
    [2, 'gmp-scheduler', '1. Go的GMP调度模型'],
    [2, 'channel-internals', '2. Channel的实现原理'],
  ],
};
const lock = (extra: Partial<AnchorLock> = {}): AnchorLock => ({
  pages: { '/': [], '/go/interview/': ['channel-internals', 'gmp-scheduler'] },
  aliases: {},
  redirects: {},
  ...extra,
});

describe('checkAnchorLock', () => {
  it('passes when every locked page and anchor is still published', () => {
    expect(checkAnchorLock(lock(), site({ '/': {}, '/go/interview/': GO }))).toEqual([]);
  });

  it('passes when a heading is reworded but keeps its id', () => {
    const reworded: FixturePage = {
      headings: [
        [2, 'gmp-scheduler', 'Go 的 GMP 调度模型是怎样工作的'],
        [2, 'channel-internals', 'Channel 底层是怎么实现的'],
      ],
    };
    expect(checkAnchorLock(lock(), site({ '/': {}, '/go/interview/': reworded }))).toEqual([]);
  });

  it('fails naming the anchor that disappeared', () => {
    const withoutGmp: FixturePage = { headings: [[2, 'channel-internals', '2. Channel的实现原理']] };
    const problems = checkAnchorLock(lock(), site({ '/': {}, '/go/interview/': withoutGmp }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('anchor /go/interview/#gmp-scheduler is gone');
    expect(problems[0]).toContain('"aliases"');
  });

  it('passes when the old id is declared as an alias of the new one', () => {
    const renamed: FixturePage = { headings: [[2, 'go-scheduler', 'GMP'], [2, 'channel-internals', 'Channel']] };
    const aliases = { '/go/interview/': { 'gmp-scheduler': 'go-scheduler' } };
    expect(checkAnchorLock(lock({ aliases }), site({ '/': {}, '/go/interview/': renamed }))).toEqual([]);
  });

  it('accepts an alias to an answer that moved to another page', () => {
    const go: FixturePage = { headings: [[2, 'channel-internals', 'Channel']] };
    const scheduling: FixturePage = { headings: [[2, 'gmp-scheduler', 'GMP']] };
    const aliases = { '/go/interview/': { 'gmp-scheduler': '/go/scheduling/#gmp-scheduler' } };
    expect(checkAnchorLock(lock({ aliases }), site({ '/': {}, '/go/interview/': go, '/go/scheduling/': scheduling }))).toEqual([]);
  });

  it('fails when an alias points at an id that does not exist either', () => {
    const go: FixturePage = { headings: [[2, 'channel-internals', 'Channel']] };
    const aliases = { '/go/interview/': { 'gmp-scheduler': 'go-scheduler' } };
    expect(checkAnchorLock(lock({ aliases }), site({ '/': {}, '/go/interview/': go }))).toEqual([
      'anchor /go/interview/#gmp-scheduler is an alias of /go/interview/#go-scheduler, which does not exist',
    ]);
  });

  it('fails naming a page that disappeared without a redirect', () => {
    const problems = checkAnchorLock(lock(), site({ '/': {}, '/golang/interview/': GO }));
    expect(problems).toEqual([expect.stringContaining('page /go/interview/ is gone')]);
  });

  it('passes for a moved page with a redirect, checking its anchors on the new page', () => {
    const redirects = { '/go/interview/': '/golang/interview/' };
    const moved = site({ '/': {}, '/golang/interview/': GO, '/go/interview/': { redirectTo: '/golang/interview/' } });
    expect(checkAnchorLock(lock({ redirects }), moved)).toEqual([]);
    const movedWithoutGmp = site({ '/': {}, '/golang/interview/': { headings: [[2, 'channel-internals', 'Channel']] } });
    expect(checkAnchorLock(lock({ redirects }), movedWithoutGmp)).toEqual([expect.stringContaining('anchor /go/interview/#gmp-scheduler (now /golang/interview/) is gone')]);
  });

  it('reports declarations that can never apply', () => {
    const declared = lock({
      aliases: { '/go/interview/': { 'gmp-scheduler': 'channel-internals' }, '/gone/': { a: 'b' } },
      redirects: { '/go/interview/': '/elsewhere/', '/old/': '/nowhere/' },
    });
    const problems = checkAnchorLock(declared, site({ '/': {}, '/go/interview/': GO }));
    expect(problems).toEqual([
      'alias /go/interview/#gmp-scheduler never applies: the page has an element with that id again',
      'aliases are declared for /gone/, which is not a published page (declare them on the page the old links now reach)',
      'redirect /go/interview/ → /elsewhere/ shadows a published page of the same path',
      'redirect /old/ → /nowhere/ leads to no published page',
    ]);
  });
});

describe('updatedAnchorLock', () => {
  it('records every published page and its content headings, sorted, keeping declarations', () => {
    const aliases = { '/go/interview/': { old: 'gmp-scheduler' } };
    const built = site({
      '/': {},
      '/go/interview/': { headings: [...GO.headings!, [3, 'p-processor', 'P']] },
      '/go/moved/': { redirectTo: '/go/interview/' },
    });
    expect(updatedAnchorLock(lock({ aliases }), built)).toEqual({
      pages: { '/': [], '/go/interview/': ['channel-internals', 'gmp-scheduler', 'p-processor'] },
      aliases,
      redirects: {},
    });
  });
});
