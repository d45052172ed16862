// Authors use characters differently in headings, bold text, tables and code: "与" is common in headings, "不" is not.
import { spanKey, type NoteStatistics } from '../note-statistics.ts';
import type { ModelWeights } from './model-weights.ts';
import { CONTEXT_SMOOTHING, nonAsciiTotal } from './context-counts.ts';

export type SpanScorer = (char: string, spanType: string) => number;

export function createSpanScorer(notes: NoteStatistics, weights: ModelWeights): SpanScorer {
  if (weights.span === 0) return () => 0;
  const total = nonAsciiTotal(notes);
  return (char, spanType) => {
    const expected = ((notes.unigram.get(char) ?? 0) * (notes.spanTotals.get(spanType) ?? 0)) / total;
    return weights.span * Math.log(((notes.spanCounts.get(spanKey(spanType, char)) ?? 0) + CONTEXT_SMOOTHING) / (expected + CONTEXT_SMOOTHING));
  };
}
