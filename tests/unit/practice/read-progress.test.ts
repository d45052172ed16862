import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateProgress, type RawProgress } from '../../../src/lib/practice/migrate-progress.ts';
import { emptyProgress, PROGRESS_VERSION } from '../../../src/lib/practice/progress.ts';
import { readProgress, readProgressText } from '../../../src/lib/practice/read-progress.ts';
import { replayReviews } from '../../../src/lib/practice/scheduler.ts';

const V1 = readFileSync(new URL('../../fixtures/practice/progress-v1.json', import.meta.url), 'utf8');

describe('readProgress', () => {
  it('reads nothing stored as empty progress', () => {
    expect(readProgressText(null)).toEqual({ kind: 'ok', store: emptyProgress() });
  });

  it('reads version-1 progress as written (the fixture stays readable by every later version)', () => {
    const read = readProgressText(V1);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.store.settings.newPerDay).toBe(15);
    const gmp = read.store.questions['/go/interview/#gmp-scheduler']!;
    expect(gmp.added).toEqual({ on: true, at: 1772416700000 });
    expect(gmp.scheduler).toEqual(replayReviews(gmp.reviews));
    expect(read.store.questions['/etcd/lease/#_top']!.mastered?.on).toBe(true);
  });

  it('refuses progress from a newer version of the site instead of rewriting it', () => {
    expect(readProgress({ ...JSON.parse(V1), version: PROGRESS_VERSION + 1 })).toEqual({ kind: 'newer', version: PROGRESS_VERSION + 1 });
  });

  it('names what is wrong with a damaged or foreign file', () => {
    const v1 = JSON.parse(V1);
    const problem = (value: unknown) => {
      const read = readProgress(value);
      return read.kind === 'invalid' ? read.problem : `read as ${read.kind}`;
    };
    expect(readProgressText('{')).toEqual({ kind: 'invalid', problem: '不是有效的 JSON' });
    expect(problem({ hello: 1 })).toBe('不是本站导出的练习进度文件');
    expect(problem({ ...v1, settings: { newPerDay: -1, changedAt: 0 } })).toMatch(/^settings\.newPerDay/);
    expect(problem({ ...v1, questions: { 'not a key': { reviews: [] } } })).toMatch(/not a question id/);
    const gmp = v1.questions['/go/interview/#gmp-scheduler'];
    expect(problem({ ...v1, questions: { '/go/interview/#gmp-scheduler': { ...gmp, reviews: [[1772416800000, 5]] } } })).toMatch(/reviews\[0\]: grade 5 is not 1–4/);
    expect(problem({ ...v1, questions: { '/go/interview/#gmp-scheduler': { ...gmp, scheduler: undefined } } })).toMatch(/scheduler state exactly when it has reviews/);
    expect(problem({ ...v1, questions: { '/go/interview/#gmp-scheduler': { ...gmp, added: { on: 'yes', at: 1 } } } })).toMatch(/added: expected/);
  });

  it('drops fields it does not know and sorts reviews by time', () => {
    const v1 = JSON.parse(V1);
    const gmp = v1.questions['/go/interview/#gmp-scheduler'];
    const read = readProgress({ ...v1, extra: true, questions: { '/go/interview/#gmp-scheduler': { ...gmp, reviews: [...gmp.reviews].reverse(), note: 'x' } } });
    expect(read.kind === 'ok' && read.store.questions['/go/interview/#gmp-scheduler']).toEqual({ reviews: gmp.reviews, scheduler: gmp.scheduler, added: gmp.added });
    expect(read.kind === 'ok' && 'extra' in read.store).toBe(false);
  });
});

describe('migrateProgress', () => {
  const raw = (version: number): RawProgress => ({ version, data: [version] });
  // A made-up chain 1 → 2 → 3, to prove steps run in order and stop where one is missing.
  const chain = { 1: (old: RawProgress) => ({ ...old, data: [...(old.data as number[]), 2] }), 2: (old: RawProgress) => ({ ...old, data: [...(old.data as number[]), 3] }) };

  it('runs each step from the stored version up to the current one', () => {
    expect(migrateProgress(raw(1), chain, 3)).toEqual({ kind: 'migrated', from: 1, progress: { version: 3, data: [1, 2, 3] } });
    expect(migrateProgress(raw(3), chain, 3)).toEqual({ kind: 'current', from: 3, progress: raw(3) });
  });

  it('says so when a step is missing or the version is newer', () => {
    expect(migrateProgress(raw(1), { 2: chain[2] }, 3)).toEqual({ kind: 'unknown', from: 1 });
    expect(migrateProgress(raw(4), chain, 3)).toEqual({ kind: 'newer', from: 4 });
  });
});
