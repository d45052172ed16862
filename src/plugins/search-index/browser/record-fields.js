// Browser JavaScript, bundled into /pagefind/pagefind.js; also imported by the index build (one source for both).

/** Metadata the search dialog shows with a result: the answer's heading, and where it sits. */
export const SHOWN_META = { title: 'title', location: '位置' };

/**
 * Metadata that is searched but never shown: Pagefind ranks a page up when query words match
 * a metadata field (options.ranking.metaWeights), and metadata is not part of the text its
 * excerpts are cut from. Values are word-segmented with spaces (Pagefind splits metadata on
 * whitespace only), so Chinese words match one by one.
 */
export const SEARCH_META = {
  /** The answer's heading. */
  heading: 'heading',
  /** How the question is asked (question-wordings.ts). */
  question: 'question',
  /** Other names of the concepts in the heading (synonyms.ts). */
  headingSynonyms: 'heading_aka',
  /** Other names of the concepts in the answer's text and location. */
  synonyms: 'aka',
  /** Topic › page › enclosing headings. */
  location: 'trail',
};

/** The filter the dialog offers: the topic an answer belongs to. */
export const TOPIC_FILTER = '主题';

/** Id of an empty element placed where the answer's own text starts (after its heading). */
export const ANSWER_TEXT_MARK = 'kb-answer-text';
