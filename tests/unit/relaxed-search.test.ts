import { describe, expect, it } from 'vitest';
import { queryWords, relaxedSearch } from '../../src/plugins/search-index/browser/relaxed-search.js';

/** A stand-in for Pagefind: an answer is found when it has every word of the query. */
function fakeSearch(answers: Record<string, string[]>) {
  const calls: string[] = [];
  const search = async (term: string) => {
    calls.push(term);
    const words = queryWords(term);
    const results = Object.entries(answers)
      .filter(([, has]) => words.every((word) => has.includes(word)))
      .map(([id, has]) => ({ id, score: has.length }));
    return { results };
  };
  return { search, calls };
}

describe('relaxed search', () => {
  const answers = { a: ['kafka', '消息', '积压', '消费者'], b: ['kafka', '消息'], c: ['积压'] };

  it('cuts a query into the words Pagefind searches for', () => {
    expect(queryWords('kafka 消息积压，处理')).toEqual(['kafka', '消息', '积压', '处理']);
  });

  it('keeps results that have every word first, then those missing one word', async () => {
    const { search } = fakeSearch({ ...answers, d: ['kafka', '消息', '积压', '处理'] });
    const response = await relaxedSearch(search, 'kafka 消息积压 处理', 5);
    expect(response!.results.map((result) => result.id)).toEqual(['d', 'a']);
  });

  it('finds the answers that lack one word of the query instead of returning nothing', async () => {
    const { search } = fakeSearch(answers);
    expect((await relaxedSearch(search, 'kafka 消息积压 处理'))!.results.map((result) => result.id)).toEqual(['a']);
  });

  it('leaves a query with enough results, a one-word query and an exact query alone', async () => {
    for (const term of ['kafka', '"kafka 消息"']) {
      const { search, calls } = fakeSearch(answers);
      await relaxedSearch(search, term);
      expect(calls).toEqual([term]);
    }
    const { search, calls } = fakeSearch(answers);
    await relaxedSearch(search, 'kafka 消息', 2);
    expect(calls).toEqual(['kafka 消息']);
  });
});
