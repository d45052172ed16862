import { describe, expect, it } from 'vitest';
import { describeMerge, mergeProgress } from '../../../src/lib/practice/merge-progress.ts';
import { emptyProgress, setMark, type ProgressStore, type Review } from '../../../src/lib/practice/progress.ts';
import { replayReviews } from '../../../src/lib/practice/scheduler.ts';

const t = (day: number, minute = 0) => new Date(2026, 2, 2 + day, 9, minute).getTime();
const GMP = '/go/interview/#gmp-scheduler';
const CHANNEL = '/go/interview/#channel-internals';

function storeWith(reviews: Record<string, Review[]>, base = emptyProgress()): ProgressStore {
  const questions = { ...base.questions };
  for (const [key, list] of Object.entries(reviews)) questions[key] = { ...questions[key], reviews: list, scheduler: replayReviews(list)! };
  return { ...base, questions };
}

describe('mergeProgress', () => {
  it('unions two devices’ histories and replays the schedule, so nothing is lost and nothing counts twice', () => {
    const laptop = storeWith({ [GMP]: [[t(0), 3], [t(0, 10), 3]] });
    const phone = storeWith({ [GMP]: [[t(0), 3], [t(0, 10), 3], [t(3), 3]], [CHANNEL]: [[t(1), 1]] });
    const { store, report } = mergeProgress(laptop, phone, replayReviews);
    expect(store.questions[GMP]!.reviews).toEqual([[t(0), 3], [t(0, 10), 3], [t(3), 3]]);
    expect(store.questions[GMP]!.scheduler).toEqual(phone.questions[GMP]!.scheduler);
    expect(store.questions[CHANNEL]).toEqual(phone.questions[CHANNEL]);
    expect(report).toEqual({ added: 1, merged: 1, newReviews: 1, unchanged: 0, marksTaken: 0, settingsTaken: false });
    expect(describeMerge(report)).toBe('导入完成：新增 1 道题的进度；合并 1 道题的复习记录（补入 1 次复习）。本机原有的记录一条未删。');
  });

  it('keeps local reviews the file lacks, and reports a file with nothing new as unchanged', () => {
    const local = storeWith({ [GMP]: [[t(0), 3], [t(2), 4]] });
    const older = storeWith({ [GMP]: [[t(0), 3]] });
    const { store, report } = mergeProgress(local, older, replayReviews);
    expect(store.questions[GMP]).toEqual(local.questions[GMP]);
    expect(report).toMatchObject({ merged: 0, unchanged: 1 });
  });

  it('takes each hand-set mark and the settings from whichever side set them later', () => {
    let local = setMark(emptyProgress(), GMP, 'added', true, t(1));
    local = setMark(local, GMP, 'mastered', true, t(1));
    local = { ...local, settings: { newPerDay: 5, changedAt: t(1) } };
    let file = setMark(emptyProgress(), GMP, 'added', false, t(2));
    file = setMark(file, GMP, 'mastered', false, t(0));
    file = { ...file, settings: { newPerDay: 20, changedAt: t(2) } };
    const { store, report } = mergeProgress(local, file, replayReviews);
    expect(store.questions[GMP]!.added).toEqual({ on: false, at: t(2) });
    expect(store.questions[GMP]!.mastered).toEqual({ on: true, at: t(1) });
    expect(store.settings.newPerDay).toBe(20);
    expect(report).toMatchObject({ marksTaken: 1, settingsTaken: true, unchanged: 0 });
  });
});
