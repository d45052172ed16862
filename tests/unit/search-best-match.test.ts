import { describe, expect, it } from 'vitest';
import { bestMatch } from '../../src/plugins/search-index/browser/best-match.js';
import { queryWords } from '../../src/plugins/search-index/browser/query-words.js';
import { TOPIC_FILTER } from '../../src/plugins/search-index/browser/record-fields.js';

interface FakeAnswer {
  topic?: string;
  /** Pagefind's score of the answer for each word it has. */
  words: Record<string, number>;
}

type Filters = Record<string, string[] | { any: string[] }>;

/**
 * A stand-in for Pagefind's engine: an answer is found when it has every word of the query
 * (cut like Pagefind cuts it), scored by the sum of its scores for them; filter-only searches
 * and filters() work on the answers' topics.
 */
function fakeEngine(answers: Record<string, FakeAnswer>) {
  const calls: string[] = [];
  const inFilter = (answer: FakeAnswer, filters?: Filters) => {
    const wanted = filters?.[TOPIC_FILTER];
    if (wanted === undefined) return true;
    const topics = Array.isArray(wanted) ? wanted : wanted.any;
    return Array.isArray(wanted) ? topics.every((topic) => answer.topic === topic) : topics.includes(answer.topic ?? '');
  };
  const engine = {
    calls,
    async search(term: string | null, options: { filters?: Filters } = {}) {
      calls.push(term ?? '(filter only)');
      const words = term === null ? [] : queryWords(term);
      const results = Object.entries(answers)
        .filter(([, answer]) => inFilter(answer, options.filters) && words.every((word) => word in answer.words))
        .map(([id, answer]) => ({
          id,
          score: words.reduce((sum, word) => sum + answer.words[word]!, 0),
          words: words.map((word) => Object.keys(answer.words).indexOf(word) + 2),
          data: async () => ({ url: `/${id}/`, raw_content: ['标题', ' ', ...Object.keys(answer.words)].join('\u200B'), anchors: [{ id: 'kb-answer-text', location: 2 }], meta: { title: id, aka: 'hidden' } }),
        }))
        .sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {}, timings: {} };
    },
    async filters() {
      const counts: Record<string, number> = {};
      for (const answer of Object.values(answers)) if (answer.topic) counts[answer.topic] = (counts[answer.topic] ?? 0) + 1;
      return { [TOPIC_FILTER]: counts };
    },
    async preload() {},
  };
  return engine;
}

const tuning = { coverage: 3, aspectWeight: 0.25, topicWeights: {} };
const ids = async (response: Promise<{ results: { id: string }[] } | null>) => (await response)!.results.map((result: { id: string }) => result.id);

/** Forty answers of filler so the words below are rare, as on the site. */
const background = Object.fromEntries(Array.from({ length: 40 }, (_, at) => [`other-${at}`, { topic: 'Go 语言', words: { 其他: 1 } }]));

describe('best-match retrieval', () => {
  it('finds answers with some of the words when none has them all, instead of nothing', async () => {
    const engine = fakeEngine({ ...background, channel: { topic: 'Go 语言', words: { channel: 5, 关闭: 3 } }, close: { topic: 'Go 语言', words: { 关闭: 2 } } });
    expect(await ids(bestMatch(engine, tuning).search('如何判断channel已经关闭'))).toEqual(['channel', 'close']);
  });

  it('sets question words aside before searching, and searches each remaining word once', async () => {
    const engine = fakeEngine({ ...background, channel: { words: { channel: 5, 判断: 1, 关闭: 3 } } });
    await bestMatch(engine, tuning).search('如何判断channel已经关闭');
    expect(engine.calls.filter((call) => call !== '(filter only)').sort()).toEqual(['channel', '关闭', '判断']);
  });

  it('ranks the answer covering more of the query first, rarer words weighing more', async () => {
    const engine = fakeEngine({
      ...background,
      // Has the rare word and the common one, each mentioned in passing.
      both: { words: { zookeeper: 1, ap: 1 } },
      // Has only the common word, in its heading.
      heading: { words: { ap: 9 } },
      ...Object.fromEntries(Array.from({ length: 10 }, (_, at) => [`ap-${at}`, { words: { ap: 1 } }])),
    });
    expect((await ids(bestMatch(engine, tuning).search('zookeeper ap')))[0]).toBe('both');
  });

  it('prefers the answer whose heading matches among those covering the same words', async () => {
    const engine = fakeEngine({ ...background, passing: { words: { raft: 2, 选举: 1 } }, heading: { words: { raft: 2, 选举: 9 } } });
    expect(await ids(bestMatch(engine, tuning).search('Raft 如何选举'))).toEqual(['heading', 'passing']);
  });

  it('looks a word the index lacks up by the shorter words inside it', async () => {
    const engine = fakeEngine({ ...background, lock: { words: { redis: 2, 锁: 4 } } });
    expect(await ids(bestMatch(engine, tuning).search('redis 加锁'))).toEqual(['lock']);
    expect(engine.calls).toContain('锁');
  });

  it('filters by any of the chosen topics, and counts the ranked answers per topic', async () => {
    const engine = fakeEngine({ ...background, a: { topic: 'etcd', words: { 快照: 3 } }, b: { topic: 'Kubernetes', words: { 快照: 2 } }, c: { topic: 'Go 语言', words: { 快照: 1 } } });
    const search = bestMatch(engine, tuning);
    const response = (await search.search('快照', { filters: { [TOPIC_FILTER]: ['etcd', 'Kubernetes'] } }))!;
    expect(response.results.map((result: { id: string }) => result.id)).toEqual(['a', 'b']);
    expect(response.filters[TOPIC_FILTER]).toEqual({ 'Go 语言': 1, etcd: 1, Kubernetes: 1 });
    expect(response.unfilteredResultCount).toBe(3);
  });

  it('ranks the answers of a down-weighted topic after the others that match', async () => {
    const engine = fakeEngine({ ...background, resume: { topic: '项目经验', words: { goroutine: 2, 泄漏: 1 } }, gmp: { topic: 'Go 语言', words: { goroutine: 6 } } });
    expect(await ids(bestMatch(engine, { ...tuning, topicWeights: { 项目经验: 0.05 } }).search('goroutine 泄漏'))).toEqual(['gmp', 'resume']);
    expect(await ids(bestMatch(engine, tuning).search('goroutine 泄漏'))).toEqual(['resume', 'gmp']);
  });

  it('passes an exact (quoted) query and a filter-only search to Pagefind as they are', async () => {
    const engine = fakeEngine({ ...background, a: { topic: 'etcd', words: { 快照: 3 } } });
    const search = bestMatch(engine, tuning);
    await search.search('"etcd 快照"');
    expect(engine.calls).toEqual(['"etcd 快照"']);
    expect(await ids(search.search(null, { filters: { [TOPIC_FILTER]: ['etcd'] } }))).toEqual(['a']);
  });

  it('shows each result with its preview from the answer’s text and only the metadata meant to be shown', async () => {
    const engine = fakeEngine({ ...background, channel: { words: { channel: 5, 关闭: 3 } } });
    const [first] = (await bestMatch(engine, tuning).search('channel 关闭'))!.results;
    const data = await first!.data();
    expect(data.meta).toEqual({ title: 'channel' });
    expect(data.excerpt).toBe('<mark>channel</mark><mark>关闭</mark>');
    expect(data.sub_results).toHaveLength(1);
  });

  it('tries the topic index again after it failed to load once', async () => {
    const engine = fakeEngine({ ...background, a: { topic: 'etcd', words: { 快照: 3 } } });
    const filters = engine.filters;
    let failures = 1;
    engine.filters = async () => {
      if (failures-- > 0) throw new Error('network');
      return filters();
    };
    const search = bestMatch(engine, tuning);
    await expect(search.search('快照')).rejects.toThrow('network');
    expect(await ids(search.search('快照'))).toEqual(['a']);
  });

  it('answers only the latest of several debounced searches', async () => {
    const engine = fakeEngine({ ...background, a: { words: { 快照: 3 } } });
    const search = bestMatch(engine, tuning);
    const [first, second] = await Promise.all([search.debouncedSearch('快', {}, 5), search.debouncedSearch('快照', {}, 5)]);
    expect(first).toBeNull();
    expect(second!.results.map((result: { id: string }) => result.id)).toEqual(['a']);
  });
});
