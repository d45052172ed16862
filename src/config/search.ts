import { SEARCH_META, SHOWN_META } from '../plugins/search-index/browser/record-fields.js';

/**
 * How the search dialog ranks results. One source for the site (astro.config.mjs hands it to
 * Starlight, which passes it to Pagefind UI) and for the search benchmark (bench/search).
 */
export const searchRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  /**
   * Boosts for query words found in an answer's metadata (Pagefind adds weight × the words'
   * idf × the share of the query they cover, squared). The heading and the question wordings
   * count like a heading; other names and the location like text. The shown title and location
   * are not segmented into words (they are for reading), so they count nothing: their
   * segmented copies do.
   */
  metaWeights: {
    [SHOWN_META.title]: 0,
    [SHOWN_META.location]: 0,
    [SEARCH_META.heading]: 2,
    [SEARCH_META.question]: 2,
    [SEARCH_META.headingSynonyms]: 2,
    [SEARCH_META.synonyms]: 0.15,
    [SEARCH_META.location]: 1,
  },
};

/** Pagefind UI shortens excerpts to 12 words when it shows sub-results (Starlight always does). */
export const searchExcerptLength = 12;

/**
 * How best-match retrieval ranks (src/plugins/search-index/browser/best-match.js; built into
 * the search entry, and used by the benchmark).
 */
export const bestMatchTuning = {
  /** Power of the share of the query an answer covers (rarer words weigh more): how strongly covering more of it wins. */
  coverage: 3,
  /** What an aspect word ("原理", "区别", "底层") counts against a word naming the concept. */
  aspectWeight: 0.25,
  /**
   * Topics whose answers rank lower, by topic title. 项目经验 is the author's résumé and project
   * notes: they name many technologies in passing (a skills list), so a reader asking about a
   * concept should get the knowledge answer first; a query only they match still finds them.
   */
  topicWeights: { 项目经验: 0.05 } as Record<string, number>,
};
