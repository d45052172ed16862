import { describe, expect, it } from 'vitest';
import { emptyProgress, setMark } from '../../../src/lib/practice/progress.ts';
import { dueText, questionStatus, statusText } from '../../../src/lib/practice/question-status.ts';
import { untilText } from '../../../src/lib/practice/until-text.ts';
import { gradeQuestion } from '../../../src/lib/practice/scheduler.ts';

const at = (month: number, day: number, hour = 9, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const now = at(3, 2, 9);

describe('due dates as a reader says them', () => {
  it('uses the local calendar: now, today with the time, tomorrow, days ahead, dates', () => {
    expect(dueText(now - 1, now)).toBe('现在');
    expect(dueText(at(3, 2, 14, 5), now)).toBe('今天 14:05');
    expect(dueText(at(3, 3, 1), now)).toBe('明天');
    expect(dueText(at(3, 5, 8), now)).toBe('3 天后（3月5日）');
    expect(dueText(at(6, 1), now)).toBe('6月1日');
    expect(dueText(new Date(2027, 0, 5).getTime(), now)).toBe('2027年1月5日');
  });

  it('says how long until a step for the grade buttons', () => {
    expect(untilText(now + 20_000, now)).toBe('1 分钟后');
    expect(untilText(now + 10 * 60_000, now)).toBe('10 分钟后');
    expect(untilText(now + 3 * 3_600_000, now)).toBe('3 小时后');
    expect(untilText(at(3, 3, 9), now)).toBe('明天');
    expect(untilText(at(3, 10, 9), now)).toBe('8 天后');
    expect(untilText(at(6, 1, 9), now)).toBe('3 个月后');
    expect(untilText(new Date(2029, 2, 2).getTime(), now)).toBe('3 年后');
  });
});

describe('questionStatus and statusText', () => {
  it('is 新 before any grade, 学习中 with its due date, 已掌握 at three-week intervals or by hand', () => {
    expect(questionStatus(undefined)).toBe('new');
    expect(statusText(undefined, now)).toBe('新');
    let progress = gradeQuestion(undefined, 3, now);
    expect(statusText(progress, now)).toBe('学习中 · 今天 09:10复习');
    let time = now;
    while (progress.scheduler!.scheduledDays < 21) {
      time = progress.scheduler!.due;
      progress = gradeQuestion(progress, 3, time);
    }
    expect(questionStatus(progress)).toBe('mastered');
    expect(statusText(progress, time)).toMatch(/^已掌握 · .+复习$/);
    const marked = setMark(emptyProgress(), '/go/a/#b', 'mastered', true, now).questions['/go/a/#b'];
    expect(statusText(marked, now)).toBe('已掌握');
  });
});
