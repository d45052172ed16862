// The word trigram as a context score: how much more (or less) likely a token is after the words before it than on
// its own, log P(w | history) - log P(w). The unigram part stays with the word scorer, so tokens the trigram model
// cannot see (Latin words, symbols, emoji) are neither favoured nor penalized by it.
import type { WordTrigramModel } from '../word-trigram/word-trigram-model.ts';

export interface WordContextScorer {
  /** The state at the start of a line (a sentence start). */
  lineStart: number;
  /** A small integer standing for how the trigram model sees a lattice token's text (cached per text). */
  tokenOf(text: string): number;
  /** Weighted association of the token with the history `state`. */
  score(state: number, token: number): number;
  /** The history after the token. */
  next(state: number, token: number): number;
}

const HAN_RUN = /^\p{Script=Han}+$/u;
const BLANK = /^[ \t\u3000]$/;
/** Longest word looked for when a token must be split into the model's words. */
const MAX_SPLIT_WORD = 8;
/** Key space of the per-(state, token) caches: token ids stay below it. */
const TOKEN_KEY_SPACE = 1 << 22;

/** What a token is to the trigram model: its words, nothing (a blank, which keeps the history) or a break. */
type ContextWords = Int32Array | 'blank' | 'break';

/** The model's words spelling a Han run, the most probable split by unigram; undefined when a character is unknown. */
function splitIntoWords(model: WordTrigramModel, text: string): Int32Array | undefined {
  const chars = [...text];
  const best = new Float64Array(chars.length + 1).fill(-Infinity);
  const from = new Int32Array(chars.length + 1);
  const word = new Int32Array(chars.length + 1);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let start = Math.max(0, end - MAX_SPLIT_WORD); start < end; start++) {
      if ((best[start] ?? -Infinity) === -Infinity) continue;
      const id = model.idOf(chars.slice(start, end).join(''));
      if (id < 0) continue;
      const score = (best[start] ?? 0) + model.unigramLogProb(id);
      if (score > (best[end] ?? -Infinity)) {
        best[end] = score;
        from[end] = start;
        word[end] = id;
      }
    }
  }
  if ((best[chars.length] ?? -Infinity) === -Infinity) return undefined;
  const words: number[] = [];
  for (let end = chars.length; end > 0; end = from[end] ?? 0) words.push(word[end] ?? 0);
  return Int32Array.from(words.reverse());
}

function contextWordsOf(model: WordTrigramModel, text: string): ContextWords {
  if (text === '\n') return Int32Array.of(model.boundary);
  if (BLANK.test(text)) return 'blank';
  const id = model.idOf(text);
  if (id >= 0) return Int32Array.of(id);
  if (HAN_RUN.test(text)) return splitIntoWords(model, text) ?? 'break';
  return 'break';
}

export function createWordContextScorer(model: WordTrigramModel, weight: number): WordContextScorer {
  const tokenIds = new Map<string, number>();
  const tokens: ContextWords[] = [];
  const scoreCache = new Map<number, number>();
  const nextCache = new Map<number, number>();
  const evaluate = (state: number, token: number, key: number): void => {
    const words = tokens[token] ?? 'break';
    let score = 0;
    let history = state;
    if (words === 'break') history = model.emptyState;
    else if (words !== 'blank') {
      for (const word of words) {
        score += model.logProb(history, word) - model.unigramLogProb(word);
        history = model.next(history, word);
      }
    }
    scoreCache.set(key, weight * score);
    nextCache.set(key, history);
  };
  return {
    lineStart: model.sentenceStartState,
    tokenOf(text) {
      let id = tokenIds.get(text);
      if (id === undefined) {
        id = tokens.length;
        if (id >= TOKEN_KEY_SPACE) throw new Error('word context: too many distinct tokens');
        tokens.push(contextWordsOf(model, text));
        tokenIds.set(text, id);
      }
      return id;
    },
    score(state, token) {
      const key = state * TOKEN_KEY_SPACE + token;
      let score = scoreCache.get(key);
      if (score === undefined) {
        evaluate(state, token, key);
        score = scoreCache.get(key) ?? 0;
      }
      return score;
    },
    next(state, token) {
      const key = state * TOKEN_KEY_SPACE + token;
      let next = nextCache.get(key);
      if (next === undefined) {
        evaluate(state, token, key);
        next = nextCache.get(key) ?? model.emptyState;
      }
      return next;
    },
  };
}
