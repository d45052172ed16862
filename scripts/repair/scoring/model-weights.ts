// The weights that combine the scorers; tuned on round trips of notes 001-004 only (see evaluate.ts).

export interface ModelWeights {
  /** Weight of the word log-probability (jieba unigram). */
  word: number;
  /** Weight of the character bigram association log P(char | previous) / P(char). */
  bigram: number;
  /** Weight of the class-pair association log P(class | previous class) / P(class). */
  wordClass: number;
  /** Absolute discount of the character bigram counts (0 < D < 1); 0 selects Witten-Bell smoothing. */
  bigramDiscount: number;
  /** Mixture of the unigram the character bigram backs off to. */
  notesUnigram: number;
  dictionaryUnigram: number;
  symbolPrior: number;
  /** Weight of the association between a character and its Markdown span type (heading, bold, table...). */
  span: number;
  /** Weight of class transitions lexicalized on the Han character at the token boundary (beyond the class level). */
  lexical: number;
  /** Weight of the association between a character and standing alone (a table cell, see stands-alone.ts). */
  isolated: number;
  /** Scale of the unigram prior given to characters the dictionary has no single-character entry for. */
  unknownSingleScale: number;
  /** Weight of the domain adaptation ratio log P_notes(char) / P_dictionary(char) of a candidate. */
  domain: number;
  /** Pseudo-count pulling the notes' character distribution toward the dictionary's (trust in the notes). */
  domainPseudoCount: number;
  /** Weight of the clause-trigger association of a candidate with the intact Han characters before it. */
  trigger: number;
  /** Pseudo-count of the trigger association's observed/expected ratio. */
  triggerSmoothing: number;
  /** Weight of the word trigram's context association log P(word | history) / P(word). */
  wordContext: number;
  /** Weight of the technical documents' character bigram association (pairs with a Han character). */
  technicalBigram: number;
}

/**
 * Tuned on leave-one-note-out round trips of notes 001-004 only (see evaluate.ts). The last retuning, with the
 * Debian-derived data: bigram 1 -> 0.7, lexical 1 -> 1.5, wordContext and technicalBigram new (326 -> 278 errors).
 */
export const DEFAULT_WEIGHTS: ModelWeights = {
  word: 1.5,
  bigram: 0.7,
  wordClass: 1,
  bigramDiscount: 0.9,
  notesUnigram: 0.3,
  dictionaryUnigram: 0.6,
  symbolPrior: 0.1,
  unknownSingleScale: 0.01,
  span: 1,
  isolated: 1,
  lexical: 1.5,
  domain: 0.4,
  domainPseudoCount: 70,
  trigger: 2,
  triggerSmoothing: 2,
  wordContext: 0.8,
  technicalBigram: 1,
};
