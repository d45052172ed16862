// What the lattice decoder, the class counter and the context scores ask of the scoring model. Only the interface:
// create-language-model.ts builds one from the scorers in this folder.
import type { ModelWeights } from './model-weights.ts';
import type { WordContextScorer } from './word-context-scorer.ts';

export interface Token {
  /** Weighted word log-probability. */
  score: number;
  wordClass: number;
}

export interface LanguageModel {
  weights: ModelWeights;
  /** Frequency of a dictionary word or prefix (0 = prefix only), undefined when no word starts so. */
  lookup(prefix: string): number | undefined;
  /** A dictionary word of two or more characters. */
  wordToken(word: string, frequency: number): Token;
  /** A character standing alone as a token. */
  singleToken(char: string): Token;
  /** Weighted log P(char | previous char) / P(char); previous may be the line-start marker. */
  bigramScore(previous: string, char: string): number;
  /** Weighted class association of two consecutive tokens. */
  classTransitionScore(previous: number, current: number): number;
  /** Weighted lexical refinement of a transition: does this boundary character favour the next (previous) class? */
  lexicalTransitionScore(previousClass: number, lastChar: string, currentClass: number, firstChar: string): number;
  lineStartClass: number;
  className(id: number): string;
  /** Weighted log P(char | span type) / P(char), 0 when the notes know too little. */
  spanScore(char: string, spanType: string): number;
  /** Weighted log P(char | standing alone) / P(char). */
  isolatedScore(char: string): number;
  /** Weighted domain ratio of a candidate character: how much more the notes use it than general Chinese. */
  domainScore(char: string): number;
  /** Weighted association of a candidate with the triggers before it in its clause. */
  triggerScore(triggers: readonly string[], char: string): number;
  /** The word trigram's context scores; absent (while counting class statistics, or without the model) = no context. */
  wordContext?: WordContextScorer;
}
