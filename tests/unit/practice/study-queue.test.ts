import { describe, expect, it } from 'vitest';
import { emptyProgress, setMark, type ProgressStore } from '../../../src/lib/practice/progress.ts';
import { gradeQuestion } from '../../../src/lib/practice/scheduler.ts';
import { dayCounts, drawQuestions, LEARN_AHEAD_MS, newLeftToday, nextCard, selectQuestions, type PracticeQuestion } from '../../../src/lib/practice/study-queue.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const morning = new Date(2026, 2, 2, 9, 0).getTime();

const question = (key: string, topic = 'go', tags: string[] = []): PracticeQuestion => ({ key, question: key, topic, tags });
const questions = [question('/go/a/#one', 'go', ['必考']), question('/go/a/#two'), question('/etcd/b/#three', 'etcd', ['高频']), question('/etcd/b/#four', 'etcd')];

function withGrades(store: ProgressStore, key: string, grades: [number, 1 | 2 | 3 | 4][]): ProgressStore {
  let progress = store.questions[key];
  for (const [at, grade] of grades) progress = gradeQuestion(progress, grade, at);
  return { ...store, questions: { ...store.questions, [key]: progress! } };
}

describe('selectQuestions', () => {
  const all = { topics: new Set(['go', 'etcd']), tags: new Set<string>(), mustKnowOnly: false, addedOnly: false };
  it('keeps the chosen topics, any of the chosen tags, 必考 only and added only', () => {
    const store = setMark(emptyProgress(), '/etcd/b/#four', 'added', true, morning);
    expect(selectQuestions(questions, { ...all, topics: new Set(['etcd']) }, store).map((q) => q.key)).toEqual(['/etcd/b/#three', '/etcd/b/#four']);
    expect(selectQuestions(questions, { ...all, tags: new Set(['必考', '高频']) }, store).map((q) => q.key)).toEqual(['/go/a/#one', '/etcd/b/#three']);
    expect(selectQuestions(questions, { ...all, mustKnowOnly: true }, store).map((q) => q.key)).toEqual(['/go/a/#one']);
    expect(selectQuestions(questions, { ...all, addedOnly: true }, store).map((q) => q.key)).toEqual(['/etcd/b/#four']);
  });
});

describe('nextCard', () => {
  it('offers new questions in catalogue order, 加入练习 ones first, up to the daily limit', () => {
    let store = setMark(emptyProgress(), '/etcd/b/#three', 'added', true, morning);
    store = { ...store, settings: { newPerDay: 1, changedAt: 0 } };
    expect(nextCard(questions, store, morning, false)).toEqual({ kind: 'card', key: '/etcd/b/#three', reason: 'new' });
    store = withGrades(store, '/etcd/b/#three', [[morning, 4]]);
    expect(newLeftToday(store, morning)).toBe(0);
    expect(nextCard(questions, store, morning, false).kind).toBe('done');
    // The limit is per day: tomorrow brings new questions again.
    expect(nextCard(questions, store, morning + DAY, false)).toMatchObject({ kind: 'card', reason: 'new', key: '/go/a/#one' });
  });

  it('puts due learning steps first, then reviews due today, then new questions; only-due leaves new ones out', () => {
    let store = withGrades(emptyProgress(), '/go/a/#two', [[morning - 3 * DAY, 3], [morning - 3 * DAY + 10 * MINUTE, 3]]);
    store = withGrades(store, '/etcd/b/#four', [[morning, 3]]);
    const later = morning + 11 * MINUTE;
    expect(store.questions['/go/a/#two']!.scheduler!.due).toBeLessThan(later + DAY);
    expect(nextCard(questions, store, later, false)).toEqual({ kind: 'card', key: '/etcd/b/#four', reason: 'learning' });
    store = withGrades(store, '/etcd/b/#four', [[later, 4]]);
    expect(nextCard(questions, store, later, true)).toEqual({ kind: 'card', key: '/go/a/#two', reason: 'review' });
    store = withGrades(store, '/go/a/#two', [[later, 3]]);
    expect(nextCard(questions, store, later, true)).toEqual({ kind: 'done' });
    expect(nextCard(questions, store, later, false)).toMatchObject({ kind: 'card', reason: 'new' });
  });

  it('shows a learning step early when nothing else is left (重来 comes back in the same sitting), and waits for a later one', () => {
    const store = { ...withGrades(emptyProgress(), '/go/a/#one', [[morning, 1]]), settings: { newPerDay: 1, changedAt: 0 } };
    expect(nextCard(questions, store, morning, false)).toEqual({ kind: 'card', key: '/go/a/#one', reason: 'ahead' });
    const hard = { ...withGrades(emptyProgress(), '/go/a/#one', [[morning, 3], [morning + 10 * MINUTE, 1]]), settings: { newPerDay: 0, changedAt: 0 } };
    const due = hard.questions['/go/a/#one']!.scheduler!.due;
    expect(due - (morning + 10 * MINUTE)).toBeLessThanOrEqual(LEARN_AHEAD_MS);
    const far = { ...hard, questions: { '/go/a/#one': { ...hard.questions['/go/a/#one']!, scheduler: { ...hard.questions['/go/a/#one']!.scheduler!, due: morning + 3 * 60 * MINUTE } } } };
    expect(nextCard(questions, far, morning + 10 * MINUTE, false)).toEqual({ kind: 'wait', key: '/go/a/#one', due: morning + 3 * 60 * MINUTE });
  });

  it('leaves questions marked 已掌握 out of the queue', () => {
    let store = withGrades(emptyProgress(), '/go/a/#one', [[morning - 5 * DAY, 3], [morning - 5 * DAY + 10 * MINUTE, 3]]);
    store = setMark(store, '/go/a/#one', 'mastered', true, morning);
    store = setMark(store, '/go/a/#two', 'mastered', true, morning);
    expect(nextCard(questions, store, morning, true)).toEqual({ kind: 'done' });
    expect(nextCard(questions, store, morning, false)).toMatchObject({ kind: 'card', key: '/etcd/b/#three' });
  });
});

describe('dayCounts', () => {
  it('counts due today, new allowed today, never graded, and mastered', () => {
    let store = withGrades(emptyProgress(), '/go/a/#one', [[morning, 3]]);
    store = setMark(store, '/go/a/#two', 'mastered', true, morning);
    expect(dayCounts(questions, { ...store, settings: { newPerDay: 3, changedAt: 0 } }, morning)).toEqual({ due: 1, newToday: 2, newTotal: 2, mastered: 1, total: 4 });
  });
});

describe('drawQuestions', () => {
  it('draws distinct questions, no more than there are', () => {
    let seed = 0.37;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const drawn = drawQuestions(questions, 3, random);
    expect(new Set(drawn).size).toBe(3);
    expect(drawQuestions(questions, 10, random)).toHaveLength(4);
  });
});
