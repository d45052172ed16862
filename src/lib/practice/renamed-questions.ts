import type { ProgressStore, QuestionProgress } from './progress.ts';

/**
 * Moves progress recorded under old ids to the questions' current ids. Progress under both an
 * old and the new id is combined by `combine` (the practice page merges the histories); without
 * it (the marks script, which has no scheduler) such a pair stays for the practice page.
 */
export function moveRenamedQuestions(
  store: ProgressStore,
  resolve: (key: string) => string | null,
  combine?: (current: QuestionProgress, old: QuestionProgress) => QuestionProgress,
): { store: ProgressStore; moved: number } {
  let questions = store.questions;
  let moved = 0;
  for (const [key, progress] of Object.entries(store.questions)) {
    const current = resolve(key);
    if (current === null || current === key) continue;
    const there = questions[current];
    if (there && !combine) continue;
    const { [key]: _old, ...rest } = questions;
    questions = { ...rest, [current]: there && combine ? combine(there, progress) : progress };
    moved++;
  }
  return { store: moved > 0 ? { ...store, questions } : store, moved };
}
