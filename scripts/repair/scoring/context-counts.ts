// Shared arithmetic of the context scorers (span, standing alone): observed/expected ratios of the notes' counts.
import type { NoteStatistics } from '../note-statistics.ts';

/** Pseudo-count in observed/expected ratios of context-specific counts: rare characters stay near 0. */
export const CONTEXT_SMOOTHING = 3;

/** Non-ASCII characters the span counts cover (the denominator of every "expected" count). */
export function nonAsciiTotal(notes: NoteStatistics): number {
  return Math.max(1, [...notes.spanTotals.values()].reduce((sum, count) => sum + count, 0));
}
