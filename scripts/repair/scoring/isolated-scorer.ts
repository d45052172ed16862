// A character standing alone (a table cell "| 中 |", a list item "- 是"): a bare preposition or conjunction almost
// never does; other characters by how often the notes show them alone.
import type { WordDictionary } from '../jieba-dictionary.ts';
import type { NoteStatistics } from '../note-statistics.ts';
import { isFunctionWordTag } from '../typesetting.ts';
import { CONTEXT_SMOOTHING, nonAsciiTotal } from './context-counts.ts';
import type { ModelWeights } from './model-weights.ts';

/** A preposition or conjunction alone in a table cell or list item is close to impossible. */
const ISOLATED_FUNCTION_WORD = Math.log(0.01);

export type IsolatedScorer = (char: string) => number;

export function createIsolatedScorer(dictionary: WordDictionary, notes: NoteStatistics, weights: ModelWeights): IsolatedScorer {
  if (weights.isolated === 0) return () => 0;
  const total = nonAsciiTotal(notes);
  return (char) => {
    if ((dictionary.frequencyOf(char) ?? 0) > 0 && isFunctionWordTag(dictionary.partOfSpeechOf(char))) return ISOLATED_FUNCTION_WORD;
    const expected = ((notes.unigram.get(char) ?? 0) * notes.isolatedTotal) / total;
    return weights.isolated * Math.log(((notes.isolated.get(char) ?? 0) + CONTEXT_SMOOTHING) / (expected + CONTEXT_SMOOTHING));
  };
}
