// Character unigram/bigram counts of clean notes: the project's own vocabulary (tech terms, punctuation habits).
import { countCharacters, type CharacterCounts } from './character-counts.ts';
import { markdownSpanTypes, SPAN_TYPES } from './markdown-spans.ts';
import { isBlankChar, isWordChar, standsAlone } from './stands-alone.ts';

export interface NoteStatistics extends CharacterCounts {
  /** Non-ASCII characters counted per Markdown span type, keyed by `${type}\u0001${char}`; totals per type. */
  spanCounts: Map<string, number>;
  spanTotals: Map<string, number>;
  /** Han characters standing alone (as in a table cell "| 中 |", see standsAlone), and their total. */
  isolated: Map<string, number>;
  isolatedTotal: number;
}

const HAN = /^\p{Script=Han}$/u;

export function spanKey(type: string, char: string): string {
  return `${type}\u0001${char}`;
}

/** Texts are counted with a line-start marker so that "first character of a line" is learnt too. */
export const LINE_START = '\n';

export function buildNoteStatistics(texts: readonly string[]): NoteStatistics {
  const spanCounts = new Map<string, number>();
  const spanTotals = new Map<string, number>();
  const isolated = new Map<string, number>();
  let isolatedTotal = 0;
  for (const text of texts) {
    const chars = [...text.replace(/\r\n?/g, '\n')];
    const types = markdownSpanTypes(chars);
    chars.forEach((char, position) => {
      if (char.charCodeAt(0) < 0x80) return;
      const type = SPAN_TYPES[types[position] ?? 0] ?? 'plain';
      spanCounts.set(spanKey(type, char), (spanCounts.get(spanKey(type, char)) ?? 0) + 1);
      spanTotals.set(type, (spanTotals.get(type) ?? 0) + 1);
      if (HAN.test(char) && standsAlone(chars.length, position, (at) => isBlankChar(chars[at]), (at) => isWordChar(chars[at]))) {
        isolated.set(char, (isolated.get(char) ?? 0) + 1);
        isolatedTotal++;
      }
    });
  }
  const characters = countCharacters(
    texts.map((text) => text.replace(/\r\n?/g, '\n')),
    LINE_START,
  );
  return { ...characters, spanCounts, spanTotals, isolated, isolatedTotal };
}
