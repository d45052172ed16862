// Served as /pagefind/relaxed-search.js (plain JavaScript: it runs in the reader's browser as is).

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of a query as Pagefind's engine cuts them (the browser's segmenter), punctuation left out. */
export function queryWords(term) {
  return [...segmenter.segment(term)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/**
 * Pagefind returns only results that contain every word of the query. A reader's query often
 * has one word the answer does not use (a synonym, a looser term, a word the note spells
 * differently): with fewer than `enough` results, the query is also run once without each of
 * its words, and those results follow the ones that match every word, best score first.
 * Quoted (exact) queries are left as they are.
 */
export async function relaxedSearch(search, term, enough = 5) {
  const response = await search(term);
  if (!response || response.results.length >= enough || term.includes('"')) return response;
  const words = queryWords(term);
  if (words.length < 2) return response;
  const seen = new Set(response.results.map((result) => result.id));
  const looser = [];
  const partials = await Promise.all(words.map((_, skipped) => search(words.filter((_, index) => index !== skipped).join(' '))));
  for (const partial of partials) {
    for (const result of partial?.results ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      looser.push(result);
    }
  }
  return { ...response, results: [...response.results, ...looser.sort((a, b) => b.score - a.score)] };
}
