import { describe, expect, it } from 'vitest';
import { aliasTarget, parseAliasValue, type AnchorTarget } from '../../src/lib/anchor-lock.ts';

const published = new Set(['/go/interview/#gmp-scheduler', '/distributed/cap/#cap-theorem', '/go/interview/#slice-vs-array']);
const exists = (target: AnchorTarget) => published.has(`${target.page}#${target.id}`);

describe('aliasTarget', () => {
  it('is null for an id that is not an alias', () => {
    expect(aliasTarget({ '/go/interview/': { old: 'gmp-scheduler' } }, '/go/interview/', 'other', exists)).toBeNull();
  });

  it('maps an old id to the new id on the same page', () => {
    const aliases = { '/go/interview/': { '1-go的gmp调度模型': 'gmp-scheduler' } };
    expect(aliasTarget(aliases, '/go/interview/', '1-go的gmp调度模型', exists)).toEqual({ page: '/go/interview/', id: 'gmp-scheduler' });
  });

  it('maps an old id to an answer that moved to another page', () => {
    const aliases = { '/questions/': { '15-cap理论的理解': '/distributed/cap/#cap-theorem' } };
    expect(aliasTarget(aliases, '/questions/', '15-cap理论的理解', exists)).toEqual({ page: '/distributed/cap/', id: 'cap-theorem' });
  });

  it('follows renames of renames', () => {
    const aliases = { '/go/interview/': { 'slices-and-arrays': 'slice-array', 'slice-array': 'slice-vs-array' } };
    expect(aliasTarget(aliases, '/go/interview/', 'slices-and-arrays', exists)).toEqual({ page: '/go/interview/', id: 'slice-vs-array' });
  });

  it('returns a target that does not exist, or a loop, for the check to report', () => {
    expect(aliasTarget({ '/go/interview/': { old: 'missing' } }, '/go/interview/', 'old', exists)).toEqual({ page: '/go/interview/', id: 'missing' });
    const loop = { '/go/interview/': { a: 'b', b: 'a' } };
    const target = aliasTarget(loop, '/go/interview/', 'a', exists);
    expect(target && exists(target)).toBe(false);
  });
});

describe('parseAliasValue', () => {
  it('reads a bare id as the same page and `/page/#id` as another page', () => {
    expect(parseAliasValue('/go/interview/', 'gmp-scheduler')).toEqual({ page: '/go/interview/', id: 'gmp-scheduler' });
    expect(parseAliasValue('/questions/', '/go/interview/#gmp-scheduler')).toEqual({ page: '/go/interview/', id: 'gmp-scheduler' });
  });
});
