import { migrateProgress, type RawProgress } from './migrate-progress.ts';
import {
  CardState,
  emptyProgress,
  MAX_NEW_PER_DAY,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  type Grade,
  type Mark,
  type ProgressStore,
  type QuestionProgress,
  type Review,
  type SchedulerState,
} from './progress.ts';

export type ReadProgress =
  | { kind: 'ok'; store: ProgressStore; migratedFrom?: number }
  /** Written by a newer version of the site: readable by that version only, so left untouched. */
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; problem: string };

/** `/go/interview/#gmp-scheduler`: a page path with slashes at both ends, then the anchor. */
export const QUESTION_KEY = /^\/(?:[^\s#/]+\/)*#[^\s#]+$/;

class ProgressProblem extends Error {}

const fail = (where: string, what: string): never => {
  throw new ProgressProblem(`${where}: ${what}`);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A time in ms since the epoch, after 2000 and before 2200. */
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 946_684_800_000 && (value as number) < 7_258_118_400_000;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isReal = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkMark(value: unknown, where: string): Mark | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.on !== 'boolean' || !isTime(value.at)) return fail(where, 'expected { on: true|false, at: time }');
  return { on: value.on, at: value.at };
}

function checkReview(value: unknown, where: string): Review {
  if (!Array.isArray(value) || value.length !== 2 || !isTime(value[0])) return fail(where, 'expected [time, grade]');
  const grade = value[1];
  if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) return fail(where, `grade ${JSON.stringify(grade)} is not 1–4`);
  return [value[0], grade as Grade];
}

function checkScheduler(value: unknown, where: string): SchedulerState | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) return fail(where, 'expected an object');
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = value;
  if (!isTime(due) || !isTime(lastReview)) return fail(where, 'due and lastReview must be times');
  if (!isReal(stability) || !isReal(difficulty) || stability < 0 || difficulty < 0) return fail(where, 'stability and difficulty must be non-negative numbers');
  if (!isCount(scheduledDays) || !isCount(learningSteps) || !isCount(reps) || !isCount(lapses)) return fail(where, 'scheduledDays, learningSteps, reps and lapses must be counts');
  if (!Object.values(CardState).includes(state as never)) return fail(where, `state ${JSON.stringify(state)} is not 0–3`);
  return { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state: state as SchedulerState['state'], lastReview };
}

function checkQuestion(value: unknown, where: string): QuestionProgress {
  if (!isObject(value) || !Array.isArray(value.reviews)) return fail(where, 'expected { reviews: [...] }');
  const reviews = value.reviews.map((review, index) => checkReview(review, `${where}.reviews[${index}]`)).sort((a, b) => a[0] - b[0]);
  const scheduler = checkScheduler(value.scheduler, `${where}.scheduler`);
  if ((scheduler === undefined) !== (reviews.length === 0)) return fail(where, 'a question has a scheduler state exactly when it has reviews');
  const added = checkMark(value.added, `${where}.added`);
  const mastered = checkMark(value.mastered, `${where}.mastered`);
  return { reviews, ...(scheduler ? { scheduler } : {}), ...(added ? { added } : {}), ...(mastered ? { mastered } : {}) };
}

function checkCurrent(value: Record<string, unknown>): ProgressStore {
  const { settings, questions } = value;
  if (!isObject(settings)) return fail('settings', 'missing');
  const { newPerDay, changedAt } = settings;
  if (!isCount(newPerDay) || newPerDay > MAX_NEW_PER_DAY) return fail('settings.newPerDay', `expected 0–${MAX_NEW_PER_DAY}`);
  if (!(changedAt === 0 || isTime(changedAt))) return fail('settings.changedAt', 'expected a time or 0');
  if (!isObject(questions)) return fail('questions', 'missing');
  const checked: Record<string, QuestionProgress> = {};
  for (const [key, question] of Object.entries(questions)) {
    if (!QUESTION_KEY.test(key)) fail(`questions[${JSON.stringify(key)}]`, 'not a question id like /go/interview/#gmp-scheduler');
    checked[key] = checkQuestion(question, `questions[${JSON.stringify(key)}]`);
  }
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, settings: { newPerDay, changedAt: changedAt as number }, questions: checked };
}

/**
 * Reads progress of any shape this site ever wrote (stored, or an export file a reader picked):
 * migrates old versions, refuses newer ones, and checks every field, since a file is untrusted
 * input. Unknown fields are dropped. Reviews come back sorted by time.
 */
export function readProgress(value: unknown): ReadProgress {
  if (!isObject(value) || value.format !== PROGRESS_FORMAT) return { kind: 'invalid', problem: '不是本站导出的练习进度文件' };
  if (!Number.isSafeInteger(value.version) || (value.version as number) < 1) return { kind: 'invalid', problem: 'version: expected a positive integer' };
  const migration = migrateProgress(value as RawProgress);
  if (migration.kind === 'newer') return { kind: 'newer', version: migration.from };
  if (migration.kind === 'unknown') return { kind: 'invalid', problem: `version ${migration.from}: no migration to version ${PROGRESS_VERSION}` };
  try {
    const store = checkCurrent(migration.progress);
    return migration.kind === 'migrated' ? { kind: 'ok', store, migratedFrom: migration.from } : { kind: 'ok', store };
  } catch (error) {
    if (error instanceof ProgressProblem) return { kind: 'invalid', problem: error.message };
    throw error;
  }
}

/** Reads the JSON text of stored progress or an export file; nothing stored yet is empty progress. */
export function readProgressText(text: string | null): ReadProgress {
  if (text === null || text.trim() === '') return { kind: 'ok', store: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', problem: '不是有效的 JSON' };
  }
  return readProgress(value);
}
