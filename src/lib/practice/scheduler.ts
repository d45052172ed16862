/**
 * Spaced repetition with FSRS (ts-fsrs, MIT, FSRS v6 with its default parameters): the only
 * module that loads the library, so only the practice page pays for it.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { type Grade, type QuestionProgress, type Review, type SchedulerState } from './progress.ts';

/**
 * ts-fsrs defaults (90 % retention, learning steps 1 min and 10 min, relearning 10 min) without
 * fuzz: the same history always gives the same schedule, so replaying a merged history after an
 * import reproduces what each browser computed.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(state: SchedulerState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review on every review.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: new Date(state.lastReview),
  };
}

function fromCard(card: Card, reviewedAt: number): SchedulerState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as SchedulerState['state'],
    lastReview: card.last_review?.getTime() ?? reviewedAt,
  };
}

/** The card a question has now: a fresh one (created at `now`) before its first review. */
const cardOf = (state: SchedulerState | undefined, now: number): Card => (state ? toCard(state) : createEmptyCard(new Date(now)));

/** The scheduler's state after one more review. */
export function nextState(state: SchedulerState | undefined, grade: Grade, at: number): SchedulerState {
  return fromCard(scheduler.next(cardOf(state, at), new Date(at), grade as FsrsGrade).card, at);
}

/** A question's progress after the reader grades it at `now`. */
export function gradeQuestion(progress: QuestionProgress | undefined, grade: Grade, now: number): QuestionProgress {
  const reviews: Review[] = [...(progress?.reviews ?? []), [now, grade]];
  return { ...progress, reviews, scheduler: nextState(progress?.scheduler, grade, now) };
}

/** The scheduler's state after a whole history, replayed from an empty card; undefined with no reviews. */
export function replayReviews(reviews: readonly Review[]): SchedulerState | undefined {
  let state: SchedulerState | undefined;
  for (const [at, grade] of reviews) state = nextState(state, grade, at);
  return state;
}

/** When each grade would bring the question back, if given now (for the buttons' hints). */
export function previewDue(progress: QuestionProgress | undefined, now: number): Record<Grade, number> {
  const preview = scheduler.repeat(cardOf(progress?.scheduler, now), new Date(now));
  const due = (grade: Grade) => preview[grade as FsrsGrade].card.due.getTime();
  return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
}
