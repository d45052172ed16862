import { describe, expect, it } from 'vitest';
import { mergeQuestion } from '../../../src/lib/practice/merge-progress.ts';
import { emptyProgress, type QuestionProgress } from '../../../src/lib/practice/progress.ts';
import { currentQuestionKey, formerQuestionKeys } from '../../../src/lib/practice/former-keys.ts';
import { moveRenamedQuestions } from '../../../src/lib/practice/renamed-questions.ts';
import { replayReviews } from '../../../src/lib/practice/scheduler.ts';

const published = new Set(['/go/interview/#gmp-scheduler', '/distributed/cap/#cap-theorem', '/cloud-native/docker-internals/#_top', '/go/basics/#slices']);
const exists = (key: string) => published.has(key);
const renames = {
  aliases: {
    '/go/interview/': { '1-go的gmp调度模型': 'gmp-scheduler' },
    '/questions/': { '15-cap理论的理解': '/distributed/cap/#cap-theorem' },
    '/cloud-native/docker-internals/': { 'containerd-he-runc': '_top' },
    '/go/basics/': { 'slice-array': 'slices' },
  },
  redirects: { '/go/old-basics/': '/go/basics/' },
};

describe('currentQuestionKey', () => {
  it('follows anchor aliases, answers that moved page, answers that became the whole page, and moved pages', () => {
    expect(currentQuestionKey(renames, '/go/interview/#1-go的gmp调度模型', exists)).toBe('/go/interview/#gmp-scheduler');
    expect(currentQuestionKey(renames, '/questions/#15-cap理论的理解', exists)).toBe('/distributed/cap/#cap-theorem');
    expect(currentQuestionKey(renames, '/cloud-native/docker-internals/#containerd-he-runc', exists)).toBe('/cloud-native/docker-internals/#_top');
    expect(currentQuestionKey(renames, '/go/old-basics/#slices', exists)).toBe('/go/basics/#slices');
    expect(currentQuestionKey(renames, '/go/old-basics/#slice-array', exists)).toBe('/go/basics/#slices');
  });

  it('keeps a current id and gives null for one that leads nowhere', () => {
    expect(currentQuestionKey(renames, '/go/interview/#gmp-scheduler', exists)).toBe('/go/interview/#gmp-scheduler');
    expect(currentQuestionKey(renames, '/go/interview/#gone', exists)).toBeNull();
  });
});

describe('formerQuestionKeys', () => {
  it('lists every old id (renamed anchors, moved pages, both) with the id it leads to now', () => {
    expect(formerQuestionKeys(renames, published)).toEqual({
      '/cloud-native/docker-internals/#containerd-he-runc': '/cloud-native/docker-internals/#_top',
      '/go/basics/#slice-array': '/go/basics/#slices',
      '/go/interview/#1-go的gmp调度模型': '/go/interview/#gmp-scheduler',
      '/go/old-basics/#slice-array': '/go/basics/#slices',
      '/go/old-basics/#slices': '/go/basics/#slices',
      '/questions/#15-cap理论的理解': '/distributed/cap/#cap-theorem',
    });
  });
});

describe('moveRenamedQuestions', () => {
  const reviewed = (at: number): QuestionProgress => {
    const reviews: [number, 3][] = [[at, 3]];
    return { reviews, scheduler: replayReviews(reviews)! };
  };
  const resolve = (key: string) => currentQuestionKey(renames, key, exists);
  const old = '/go/interview/#1-go的gmp调度模型';
  const current = '/go/interview/#gmp-scheduler';

  it('moves history kept under an old id to the current id, and leaves unknown ids alone', () => {
    const store = { ...emptyProgress(), questions: { [old]: reviewed(1772416800000), '/go/interview/#gone': reviewed(1772416800000) } };
    const moved = moveRenamedQuestions(store, resolve);
    expect(moved.moved).toBe(1);
    expect(Object.keys(moved.store.questions).sort()).toEqual(['/go/interview/#gmp-scheduler', '/go/interview/#gone']);
  });

  it('merges old and current histories when given a way to, and otherwise leaves the pair for later', () => {
    const store = { ...emptyProgress(), questions: { [old]: reviewed(1772416800000), [current]: reviewed(1772503200000) } };
    expect(moveRenamedQuestions(store, resolve).moved).toBe(0);
    const merged = moveRenamedQuestions(store, resolve, (here, there) => mergeQuestion(here, there, replayReviews).progress);
    expect(Object.keys(merged.store.questions)).toEqual([current]);
    expect(merged.store.questions[current]!.reviews.map(([at]) => at)).toEqual([1772416800000, 1772503200000]);
  });
});
