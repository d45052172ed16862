import { CardState, isMarked, type QuestionProgress } from './progress.ts';

/** What the marks on answer pages and the question index say about a question. */
export type QuestionStatus = 'new' | 'learning' | 'mastered';

export const STATUS_LABELS: Record<QuestionStatus, string> = { new: '新', learning: '学习中', mastered: '已掌握' };

/** A question reviewed at intervals of three weeks or more is mastered (Anki calls such cards mature). */
export const MASTERED_INTERVAL_DAYS = 21;

export function questionStatus(progress: QuestionProgress | undefined): QuestionStatus {
  if (isMarked(progress, 'mastered')) return 'mastered';
  const scheduler = progress?.scheduler;
  if (!scheduler) return 'new';
  return scheduler.state === CardState.Review && scheduler.scheduledDays >= MASTERED_INTERVAL_DAYS ? 'mastered' : 'learning';
}

/** Whole local days from the day of `from` to the day of `to` (0: same day, 1: the next day). */
export function localDaysBetween(from: number, to: number): number {
  // Dates at local noon are whole days apart even across a daylight-saving change.
  const noon = (time: number) => {
    const day = new Date(time);
    day.setHours(12, 0, 0, 0);
    return day.getTime();
  };
  return Math.round((noon(to) - noon(from)) / 86_400_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** When a review is due, as a reader says it: 现在, 今天 14:30, 明天, 3 天后（3月4日）, 2027年1月5日. */
export function dueText(due: number, now: number): string {
  if (due <= now) return '现在';
  const date = new Date(due);
  const days = localDaysBetween(now, due);
  if (days === 0) return `今天 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (days === 1) return '明天';
  const monthDay = `${date.getMonth() + 1}月${date.getDate()}日`;
  if (days <= 30) return `${days} 天后（${monthDay}）`;
  return date.getFullYear() === new Date(now).getFullYear() ? monthDay : `${date.getFullYear()}年${monthDay}`;
}

/** The whole mark: 新, 学习中 · 明天复习, 已掌握 · 3月4日复习, 学习中 · 现在复习. */
export function statusText(progress: QuestionProgress | undefined, now: number): string {
  const status = questionStatus(progress);
  const due = progress?.scheduler?.due;
  if (status === 'new' || due === undefined || isMarked(progress, 'mastered')) return STATUS_LABELS[status];
  return `${STATUS_LABELS[status]} · ${dueText(due, now)}复习`;
}

