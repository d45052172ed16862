// Browser JavaScript, bundled into /pagefind/pagefind.js at build (src/plugins/search-index/index.ts).
import { presentResult } from './excerpt.js';
import { piecesOf, searchTerms } from './query-words.js';
import { TOPIC_FILTER } from './record-fields.js';

const isExact = (term) => /^\s*".+"\s*$/.test(term);
/** Inverse document frequency (BM25's): a word on few answers says more about the question. */
const idf = (total, containing) => Math.log(1 + (total - containing + 0.5) / (containing + 0.5));
const selectedTopics = (filters) => [filters?.[TOPIC_FILTER] ?? []].flat().filter((value) => typeof value === 'string');

/**
 * Best-match retrieval in front of Pagefind. Pagefind returns only the answers that contain
 * every word of a query; a question as a reader types it ("一个分区能被几个消费者消费") has words
 * no answer uses. Here each word worth searching is looked up on its own (question words set
 * aside, see query-words.js), and every answer that has any of them is ranked by Pagefind's own
 * score for each word it has (heading, question wording and the other names count like the
 * heading), times the share of the query it covers, rarer words weighing more. An answer with
 * every word still comes first; an answer with some of them still comes; a query with any
 * word that occurs on the site always finds something.
 *
 * The topic filter (one topic per answer) is applied here, as "any of the chosen topics", and
 * the dialog's counts per topic are those of the ranked answers.
 *
 * `tuning` (src/config/search.ts, bestMatchTuning): `coverage`, the power of the share of the
 * query an answer covers; `aspectWeight`, what an aspect word counts; `topicWeights`, factors
 * for the answers of some topics.
 */
export function bestMatch(engine, tuning) {
  let topicIndex;
  /**
   * Every answer's topic, from Pagefind's filter index (read once: it never changes). The
   * dialog loads the filters as it opens, so this costs one filter-only lookup per topic.
   */
  const topics = () => {
    topicIndex ??= (async () => {
      const counts = (await engine.filters())?.[TOPIC_FILTER] ?? {};
      const names = Object.keys(counts);
      const members = await Promise.all(names.map((name) => engine.search(null, { filters: { [TOPIC_FILTER]: [name] } })));
      const topicOf = new Map();
      members.forEach((response, at) => response.results.forEach((result) => topicOf.set(result.id, names[at])));
      // Answers outside every topic (the home page, the interview tips) are a handful: not counted.
      return { total: Object.values(counts).reduce((sum, count) => sum + count, 0), names, topicOf };
    })().catch((error) => {
      // Not cached: the next search tries again (a failed fetch, say).
      topicIndex = undefined;
      throw error;
    });
    return topicIndex;
  };

  /** Other filters than the topic are Pagefind's to apply. */
  const engineOptions = (options) => {
    const { filters, ...rest } = options ?? {};
    const others = Object.fromEntries(Object.entries(filters ?? {}).filter(([key]) => key !== TOPIC_FILTER));
    return Object.keys(others).length > 0 ? { ...rest, filters: others } : rest;
  };

  /** Looks each term up; a term no answer has is replaced by the shorter words inside it that some answer has. */
  const lookUp = async (terms, options) => {
    const found = await Promise.all(terms.map(async (term) => ({ ...term, response: await engine.search(term.word, options) })));
    const expanded = await Promise.all(
      found.map(async (term) => {
        if (term.response.results.length > 0) return [term];
        for (const pieces of [term.parts.length > 1 ? term.parts : [], ...piecesBySize(term.word)]) {
          if (pieces.length === 0) continue;
          const responses = await Promise.all(pieces.map((piece) => engine.search(piece, options)));
          const hits = pieces.map((piece, at) => ({ word: piece, parts: [piece], weight: 0, response: responses[at] })).filter((piece) => piece.response.results.length > 0);
          if (hits.length > 0) return hits.map((piece) => ({ ...piece, weight: term.weight / hits.length }));
        }
        return [];
      }),
    );
    return expanded.flat();
  };

  const search = async (term, options = {}) => {
    const started = performance.now();
    if (term === null || term === undefined || isExact(term)) return present(await engine.search(term, withTopicAny(options)));
    const [index, looked] = await Promise.all([topics(), lookUp(searchTerms(term, tuning.aspectWeight), engineOptions(options))]);
    const ranked = rank(looked, index.total, tuning.coverage, (id) => tuning.topicWeights?.[index.topicOf.get(id)] ?? 1);
    const chosen = selectedTopics(options.filters);
    const counts = Object.fromEntries(index.names.map((name) => [name, 0]));
    for (const answer of ranked) {
      const topic = index.topicOf.get(answer.id);
      if (topic !== undefined) counts[topic] += 1;
    }
    const shown = chosen.length === 0 ? ranked : ranked.filter((answer) => chosen.includes(index.topicOf.get(answer.id)));
    const total = performance.now() - started;
    return {
      results: shown.map((answer) => ({ id: answer.id, score: answer.score, words: answer.words, data: async () => presentResult(await answer.source.data(), answer.words) })),
      unfilteredResultCount: ranked.length,
      filters: { [TOPIC_FILTER]: counts },
      totalFilters: { [TOPIC_FILTER]: counts },
      timings: { preload: 0, search: total, total },
    };
  };

  let searchId = 0;
  return {
    search,
    /** Like Pagefind's: waits `wait` ms and answers only the latest call (the others get null). */
    debouncedSearch: async (term, options, wait = 300) => {
      const id = ++searchId;
      // Fetching ahead is only a head start: a failure shows in the search itself.
      preload(term, options).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (id !== searchId) return null;
      const response = await search(term, options);
      return id === searchId ? response : null;
    },
    preload,
  };

  /** Fetches the index chunks the search will need while the reader is still typing. */
  async function preload(term, options = {}) {
    topics().catch(() => {});
    if (term === null || term === undefined || isExact(term)) return engine.preload(term, withTopicAny(options));
    const words = searchTerms(term, tuning.aspectWeight).map((entry) => entry.word);
    if (words.length > 0) await engine.preload(words.join(' '), engineOptions(options));
  }

  function present(response) {
    return { ...response, results: response.results.map((result) => ({ ...result, data: async () => presentResult(await result.data(), result.words) })) };
  }
}

/** A word's two-character pieces, then its characters (see piecesOf). */
function piecesBySize(word) {
  const pieces = piecesOf(word);
  return [pieces.filter((piece) => [...piece].length === 2), pieces.filter((piece) => [...piece].length === 1)];
}

/** Pagefind ANDs the values of a filter; an answer has one topic, so choosing topics means any of them. */
function withTopicAny(options) {
  const topicsChosen = selectedTopics(options?.filters);
  if (topicsChosen.length === 0) return options ?? {};
  return { ...options, filters: { ...options.filters, [TOPIC_FILTER]: { any: topicsChosen } } };
}

/**
 * Ranks answers by the terms they match: the sum of Pagefind's score for each term (weighted),
 * times coverage^power, where coverage is the share of the query's idf-weighted terms the
 * answer has, times the answer's topic weight.
 */
function rank(terms, total, power, weightOf = () => 1) {
  const answers = new Map();
  let possible = 0;
  for (const term of terms) {
    const scored = term.response.results.filter((result) => result.score > 0);
    if (scored.length === 0 || term.weight <= 0) continue;
    const weight = term.weight * idf(total, scored.length);
    possible += weight;
    for (const result of scored) {
      let answer = answers.get(result.id);
      if (!answer) answers.set(result.id, (answer = { id: result.id, source: result, sum: 0, covered: 0, words: [] }));
      answer.sum += term.weight * result.score;
      answer.covered += weight;
      answer.words.push(...(result.words ?? []));
    }
  }
  return [...answers.values()]
    .map((answer) => ({ ...answer, score: answer.sum * (possible > 0 ? answer.covered / possible : 0) ** power * weightOf(answer.id) }))
    .sort((a, b) => b.score - a.score || b.sum - a.sum);
}
