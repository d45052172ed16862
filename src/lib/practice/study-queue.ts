import { startOfLocalDay, startOfNextLocalDay } from './local-day.ts';
import { CardState, isMarked, type ProgressStore, type QuestionProgress } from './progress.ts';
import { questionStatus } from './question-status.ts';

/** A question of the catalogue as the practice page knows it. */
export interface PracticeQuestion {
  /** `/go/interview/#gmp-scheduler`. */
  key: string;
  question: string;
  topic: string;
  tags: string[];
}

/** What the reader picked on the practice page. */
export interface Selection {
  /** Topic ids; every question of these topics. */
  topics: ReadonlySet<string>;
  /** Tags: a question with any of them (none picked: no tag filter). */
  tags: ReadonlySet<string>;
  /** Only questions tagged 必考. */
  mustKnowOnly: boolean;
  /** Only questions the reader added with 加入练习. */
  addedOnly: boolean;
}

export const MUST_KNOW_TAG = '必考';

/**
 * A learning step that comes due within this long is shown early when nothing else is left
 * (Anki's "learn ahead limit"), so 重来 brings the card back in the same sitting.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function selectQuestions<Q extends PracticeQuestion>(questions: readonly Q[], selection: Selection, store: ProgressStore): Q[] {
  return questions.filter(
    (question) =>
      selection.topics.has(question.topic) &&
      (selection.tags.size === 0 || question.tags.some((tag) => selection.tags.has(tag))) &&
      (!selection.mustKnowOnly || question.tags.includes(MUST_KNOW_TAG)) &&
      (!selection.addedOnly || isMarked(store.questions[question.key], 'added')),
  );
}

/** New questions the reader began today (first graded since local midnight), for the daily limit. */
export function newStartedToday(store: ProgressStore, now: number): number {
  const today = startOfLocalDay(now);
  return Object.values(store.questions).filter((progress) => (progress.reviews[0]?.[0] ?? -1) >= today).length;
}

/** How many more new questions today allows. */
export const newLeftToday = (store: ProgressStore, now: number): number => Math.max(0, store.settings.newPerDay - newStartedToday(store, now));

const isScheduled = (progress: QuestionProgress | undefined): progress is QuestionProgress & { scheduler: NonNullable<QuestionProgress['scheduler']> } =>
  progress?.scheduler !== undefined && !isMarked(progress, 'mastered');

/** Due by the end of the reader's day and not set aside with 标记已掌握. */
function isDueToday(progress: QuestionProgress | undefined, now: number): boolean {
  return isScheduled(progress) && progress.scheduler.due < startOfNextLocalDay(now);
}

const isNew = (progress: QuestionProgress | undefined): boolean => !progress?.scheduler && !isMarked(progress, 'mastered');

export interface DayCounts {
  /** 今日待复习: begun questions due by the end of today. */
  due: number;
  /** 新题: new questions today's limit still allows (at most those there are). */
  newToday: number;
  /** Questions never graded (and not marked mastered). */
  newTotal: number;
  /** 已掌握. */
  mastered: number;
  /** Every question counted. */
  total: number;
}

/** The day view's counts over `questions` (the whole catalogue, or the reader's selection). */
export function dayCounts(questions: readonly PracticeQuestion[], store: ProgressStore, now: number): DayCounts {
  let due = 0;
  let newTotal = 0;
  let mastered = 0;
  for (const { key } of questions) {
    const progress = store.questions[key];
    if (isDueToday(progress, now)) due++;
    if (isNew(progress)) newTotal++;
    if (questionStatus(progress) === 'mastered') mastered++;
  }
  return { due, newToday: Math.min(newTotal, newLeftToday(store, now)), newTotal, mastered, total: questions.length };
}

export type NextCard =
  | { kind: 'card'; key: string; reason: 'learning' | 'review' | 'new' | 'ahead' }
  /** Nothing to show now; a learning step comes due later today, at `due`. */
  | { kind: 'wait'; key: string; due: number }
  | { kind: 'done' };

/**
 * The next question of a practice session over `questions` (the reader's selection, in
 * catalogue order): learning steps that are due, then reviews due today (earliest first), then
 * new questions while today's limit allows (those added with 加入练习 first), then learning
 * steps due within LEARN_AHEAD_MS. `onlyDue` leaves new questions out.
 */
export function nextCard(questions: readonly PracticeQuestion[], store: ProgressStore, now: number, onlyDue: boolean): NextCard {
  const learning: [string, number][] = [];
  const reviews: [string, number][] = [];
  const fresh: string[] = [];
  for (const { key } of questions) {
    const progress = store.questions[key];
    if (isScheduled(progress)) {
      const { state, due } = progress.scheduler;
      if (state === CardState.Learning || state === CardState.Relearning) learning.push([key, due]);
      else if (isDueToday(progress, now)) reviews.push([key, due]);
    } else if (isNew(progress)) fresh.push(key);
  }
  const earliest = (cards: [string, number][]) => [...cards].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  const dueLearning = earliest(learning.filter(([, due]) => due <= now));
  if (dueLearning) return { kind: 'card', key: dueLearning[0], reason: 'learning' };
  const dueReview = earliest(reviews);
  if (dueReview) return { kind: 'card', key: dueReview[0], reason: 'review' };
  if (!onlyDue && newLeftToday(store, now) > 0) {
    const added = fresh.find((key) => isMarked(store.questions[key], 'added'));
    const first = added ?? fresh[0];
    if (first !== undefined) return { kind: 'card', key: first, reason: 'new' };
  }
  const later = earliest(learning.filter(([, due]) => due < startOfNextLocalDay(now)));
  if (later && later[1] - now <= LEARN_AHEAD_MS) return { kind: 'card', key: later[0], reason: 'ahead' };
  if (later) return { kind: 'wait', key: later[0], due: later[1] };
  return { kind: 'done' };
}

/** `count` different questions in random order (Fisher–Yates), for 随机一题 and 模拟面试. */
export function drawQuestions<T>(questions: readonly T[], count: number, random: () => number = Math.random): T[] {
  const pool = [...questions];
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  return pool.slice(0, Math.max(0, count));
}
