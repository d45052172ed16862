import { describe, expect, it } from 'vitest';
import { checkAnchorLock, readAnchorLock, updatedAnchorLock } from '../../scripts/anchors/lockfile.ts';
import { readBuiltSite } from '../../scripts/site/read-built-site.ts';
import { DIST, ROOT } from '../support/dist.ts';

describe('anchors.lock.json', () => {
  const lock = readAnchorLock(ROOT);
  const site = readBuiltSite(DIST);

  it('still finds every page and anchor it lists (or where aliases and redirects say they went)', () => {
    expect(checkAnchorLock(lock, site)).toEqual([]);
  });

  it('lists every published page and anchor (run `npm run anchors:update` after adding some)', () => {
    const current = updatedAnchorLock(lock, site);
    const unrecorded = Object.entries(current.pages).flatMap(([page, ids]) => {
      const recorded = lock.pages[page];
      if (!recorded) return [`page ${page}`];
      return ids.filter((id) => !recorded.includes(id)).map((id) => `anchor ${page}#${id}`);
    });
    expect(unrecorded).toEqual([]);
  });
});
