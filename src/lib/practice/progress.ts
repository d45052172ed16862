/**
 * A reader's practice progress, as the browser keeps it (localStorage) and as an export file
 * holds it. Plain data: the practice page, the marks on answer pages and the tests share these
 * types; only the practice page loads the scheduler (ts-fsrs) that fills `scheduler`.
 *
 * Changing the shape: bump PROGRESS_VERSION, add a migration from the previous version in
 * migrate-progress.ts, and keep a file of the old shape under tests/fixtures/practice/.
 */

/** localStorage key; also the `format` an export file must carry. */
export const PROGRESS_FORMAT = 'kb-practice-progress';
export const PROGRESS_VERSION = 1;

/** 1 重来 (again), 2 困难 (hard), 3 良好 (good), 4 简单 (easy): FSRS's ratings. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** One self-grading: when (ms since the epoch) and the grade. */
export type Review = [at: number, grade: Grade];

/** A switch the reader flips by hand (加入练习, 标记已掌握), with when, so merges keep the latest. */
export interface Mark {
  on: boolean;
  at: number;
}

/** FSRS card states, numbered as ts-fsrs numbers them. */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateValue = (typeof CardState)[keyof typeof CardState];

/**
 * The scheduler's memory of a question after its last review (ts-fsrs's Card, dates as ms).
 * Always equal to replaying `reviews` from an empty card (scheduler.ts), which is how imports
 * merge two histories.
 */
export interface SchedulerState {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: number;
}

export interface QuestionProgress {
  /** Every grading, oldest first. */
  reviews: Review[];
  scheduler?: SchedulerState;
  /** 加入练习: put first among new questions, and selectable on its own. */
  added?: Mark;
  /** 标记已掌握: the reader knows it; left out of the daily queue until unmarked. */
  mastered?: Mark;
}

export interface PracticeSettings {
  /** New questions introduced per day. */
  newPerDay: number;
  /** When the reader last changed a setting (0: never), so a merge keeps the latest. */
  changedAt: number;
}

export interface ProgressStore {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  settings: PracticeSettings;
  /** By question id: `/go/interview/#gmp-scheduler` (the page and the answer's anchor). */
  questions: Record<string, QuestionProgress>;
}

export const DEFAULT_NEW_PER_DAY = 10;
export const MAX_NEW_PER_DAY = 500;

export function emptyProgress(): ProgressStore {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, settings: { newPerDay: DEFAULT_NEW_PER_DAY, changedAt: 0 }, questions: {} };
}

/** Flips a hand-set mark of one question, creating its record if needed; returns a new store. */
export function setMark(store: ProgressStore, key: string, mark: 'added' | 'mastered', on: boolean, now: number): ProgressStore {
  const previous = store.questions[key] ?? { reviews: [] };
  return { ...store, questions: { ...store.questions, [key]: { ...previous, [mark]: { on, at: now } } } };
}

/** Whether a question has been marked by hand (and not unmarked since). */
export const isMarked = (progress: QuestionProgress | undefined, mark: 'added' | 'mastered'): boolean => progress?.[mark]?.on === true;
