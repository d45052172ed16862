import { describe, expect, it } from 'vitest';
import { startOfNextLocalDay } from '../../../src/lib/practice/local-day.ts';
import { CardState, type QuestionProgress } from '../../../src/lib/practice/progress.ts';
import { gradeQuestion, previewDue, replayReviews } from '../../../src/lib/practice/scheduler.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const start = new Date(2026, 2, 2, 10, 0).getTime();

/** Grades 良好 each time the question comes due, `times` times; returns the intervals in days. */
function goodEveryTime(times: number): { progress: QuestionProgress; intervals: number[] } {
  let progress: QuestionProgress | undefined;
  let now = start;
  const intervals: number[] = [];
  for (let review = 0; review < times; review++) {
    progress = gradeQuestion(progress, 3, now);
    intervals.push((progress.scheduler!.due - now) / DAY);
    now = progress.scheduler!.due;
  }
  return { progress: progress!, intervals };
}

describe('FSRS scheduling (ts-fsrs)', () => {
  it('starts a new question with learning steps, then reviews at growing intervals while the reader answers 良好', () => {
    const { progress, intervals } = goodEveryTime(7);
    // New → 10 min step → first review interval, then longer each time.
    expect(intervals[0]! * DAY).toBe(10 * MINUTE);
    const reviewIntervals = intervals.slice(1);
    expect(reviewIntervals[0]).toBeGreaterThanOrEqual(1);
    for (let at = 1; at < reviewIntervals.length; at++) expect(reviewIntervals[at]).toBeGreaterThan(reviewIntervals[at - 1]!);
    expect(progress.scheduler!.state).toBe(CardState.Review);
    expect(progress.reviews).toHaveLength(7);
  });

  it('brings a forgotten question (重来) back the same day, in relearning', () => {
    const { progress } = goodEveryTime(4);
    const reviewedAt = progress.scheduler!.due;
    const forgotten = gradeQuestion(progress, 1, reviewedAt);
    expect(forgotten.scheduler!.state).toBe(CardState.Relearning);
    expect(forgotten.scheduler!.lapses).toBe(1);
    expect(forgotten.scheduler!.due).toBeGreaterThan(reviewedAt);
    expect(forgotten.scheduler!.due).toBeLessThan(startOfNextLocalDay(reviewedAt));
  });

  it('replaying a history gives exactly the state grading it step by step gave', () => {
    let progress: QuestionProgress | undefined;
    const history: [number, 1 | 2 | 3 | 4][] = [[start, 3], [start + 10 * MINUTE, 3], [start + 3 * DAY, 2], [start + 5 * DAY, 1], [start + 5 * DAY + 12 * MINUTE, 3], [start + 9 * DAY, 4]];
    for (const [at, grade] of history) progress = gradeQuestion(progress, grade, at);
    expect(replayReviews(history)).toEqual(progress!.scheduler);
    expect(replayReviews([])).toBeUndefined();
  });

  it('previews the four grades in order: 重来 soonest, 简单 latest', () => {
    const { progress } = goodEveryTime(3);
    const now = progress.scheduler!.due;
    const due = previewDue(progress, now);
    expect(due[1]).toBeLessThan(due[2]);
    expect(due[2]).toBeLessThanOrEqual(due[3]);
    expect(due[3]).toBeLessThan(due[4]);
    expect(gradeQuestion(progress, 3, now).scheduler!.due).toBe(due[3]);
  });
});
