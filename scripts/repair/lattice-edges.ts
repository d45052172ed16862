// The word lattice over candidate characters: every dictionary word (and every single character) that some choice
// of candidates spells, starting at each position, with its score inside the word already summed.
import type { LanguageModel } from './scoring/language-model.ts';

export interface Edge {
  start: number;
  /** Candidate index chosen at each covered position. */
  choices: number[];
  first: string;
  wordClass: number;
  /** The word trigram's view of this token (see WordContextScorer.tokenOf); 0 without a word context. */
  contextToken: number;
  /** Word score, bigrams inside the word and unary adjustments, already weighted. */
  inner: number;
}

/** Extra log-score per candidate (positions with several candidates only). */
export type UnaryScores = Map<number, Float64Array>;

const MAX_WORD_LENGTH = 16;

export function enumerateEdges(candidates: readonly string[][], model: LanguageModel, unary: UnaryScores): Edge[][] {
  const context = model.wordContext;
  const edgesByStart: Edge[][] = [];
  for (let start = 0; start < candidates.length; start++) {
    const edges: Edge[] = [];
    const extend = (position: number, prefix: string, choices: number[], last: string | undefined, innerBigrams: number, unaryTotal: number, first: string): void => {
      const options = candidates[position] ?? [];
      const unaryHere = unary.get(position);
      for (let index = 0; index < options.length; index++) {
        const char = options[index] ?? '';
        const text = prefix + char;
        const frequency = model.lookup(text);
        const bigrams = last === undefined ? 0 : innerBigrams + model.bigramScore(last, char);
        const unaryNext = unaryTotal + (unaryHere?.[index] ?? 0);
        const nextChoices = [...choices, index];
        const firstChar = last === undefined ? char : first;
        if (nextChoices.length === 1) {
          const token = model.singleToken(char);
          const contextToken = context ? context.tokenOf(text) : 0;
          edges.push({ start, choices: nextChoices, first: char, wordClass: token.wordClass, contextToken, inner: token.score + unaryNext });
        } else if (frequency !== undefined && frequency > 0) {
          const token = model.wordToken(text, frequency);
          const contextToken = context ? context.tokenOf(text) : 0;
          edges.push({ start, choices: nextChoices, first: firstChar, wordClass: token.wordClass, contextToken, inner: token.score + bigrams + unaryNext });
        }
        if (frequency !== undefined && position + 1 < candidates.length && nextChoices.length < MAX_WORD_LENGTH) {
          extend(position + 1, text, nextChoices, char, bigrams, unaryNext, firstChar);
        }
      }
    };
    extend(start, '', [], undefined, 0, 0, '');
    edgesByStart.push(edges);
  }
  return edgesByStart;
}
