import { describe, expect, it } from 'vitest';
import { movedPages } from '../../src/config/redirects.ts';

describe('movedPages', () => {
  it('turns lockfile redirects into route parameters and destinations under the base', () => {
    expect(movedPages({ '/go/old-interview/': '/go/interview/' }, '/')).toEqual([{ from: 'go/old-interview', to: '/go/interview/' }]);
    expect(movedPages({ '/go/old-interview/': '/go/interview/' }, '/repo/')).toEqual([{ from: 'go/old-interview', to: '/repo/go/interview/' }]);
  });
});
