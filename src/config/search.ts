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
};

/** Pagefind UI shortens excerpts to 12 words when it shows sub-results (Starlight always does). */
export const searchExcerptLength = 12;
