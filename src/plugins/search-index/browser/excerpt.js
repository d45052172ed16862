// Browser JavaScript, bundled into /pagefind/pagefind.js at build (src/plugins/search-index/index.ts).
import { wordSegmenter } from './word-segmenter.js';
import { ANSWER_TEXT_MARK, SHOWN_META } from './record-fields.js';

const WORD_BREAK = '\u200B';
/** How Pagefind splits text that has no word-break marks (its own rule, so locations line up). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Where a clause ends: an excerpt starts after one rather than in the middle of a sentence. */
const CLAUSE_END = /[。！？；;!?\n，,、：:]/u;
/** What a preview never starts with: spaces, closing brackets and quotes, commas, colons, full stops. */
const LEADING_JUNK = /^[\s\p{Pe}\p{Pf}\p{Po}]+/u;

/** How wide a preview may be, in half-width characters (a Chinese character counts two). */
export const EXCERPT_WIDTH = 120;
const ELLIPSIS = '…';

const widthOf = (text) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeAngles = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The record's words as Pagefind numbers them (its locations index this list). */
function contentWords(rawContent) {
  const zws = rawContent.includes(WORD_BREAK);
  // No entity spans a word break: unescape once, then split.
  const content = unescapeAngles(rawContent);
  return { words: zws ? content.split(WORD_BREAK) : content.split(WORD_SEPARATORS), joiner: zws ? '' : ' ' };
}

/** Positions in `text` where a word starts or ends (the browser's word boundaries). */
function wordBoundaries(text) {
  const boundaries = new Set([0, text.length]);
  for (const { index, segment } of wordSegmenter().segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return [...boundaries].sort((a, b) => a - b);
}

/** The last index ≤ `limit` (and ≥ `floor`) in a sorted list, or `floor`. */
const lastAtMost = (sorted, limit, floor) => sorted.filter((value) => value <= limit && value >= floor).at(-1) ?? floor;

/** The character index `width` half-width characters before `from`. */
function retreat(text, from, width) {
  let used = 0;
  let at = from;
  // `width` half-width characters lie within 2 × `width` code units (surrogate pairs included).
  for (const char of [...text.slice(Math.max(0, from - 2 * width), from)].reverse()) {
    used += WIDE.test(char) ? 2 : 1;
    if (used > width) break;
    at -= char.length;
  }
  return at;
}

/** The character index `width` half-width characters after `from`. */
function advance(text, from, width) {
  let used = 0;
  let at = from;
  for (const char of text.slice(from)) {
    used += WIDE.test(char) ? 2 : 1;
    if (used > width) break;
    at += char.length;
  }
  return at;
}

/**
 * The preview of an answer: a piece of its own text (after its heading; never metadata),
 * around the matched words with the most of them, cut at word boundaries, starting after a
 * clause end when one is near, never starting with punctuation; matched words are marked.
 * With no matched word in the text (the answer was found by its heading, question wording or
 * another name), its text from the start.
 */
export function answerExcerpt(rawContent, textStart, locations, width = EXCERPT_WIDTH) {
  const { words, joiner } = contentWords(rawContent ?? '');
  const spans = [];
  let text = '';
  for (let index = Math.max(0, textStart); index < words.length; index += 1) {
    if (text !== '' && joiner !== '') text += joiner;
    const from = text.length;
    text += words[index];
    spans.push({ index, from, to: text.length });
  }
  if (text.trim() === '') return '';
  const marked = new Set(locations);
  const hits = spans.filter((span) => marked.has(span.index) && span.to > span.from);

  // The window with the most distinct matched words; it opens a little before the first of them.
  const lead = Math.floor(width / 5);
  let best = { at: 0, first: null, count: 0 };
  for (const hit of hits) {
    const end = advance(text, hit.from, width - lead);
    const inside = new Set(hits.filter((other) => other.from >= hit.from && other.to <= end).map((other) => text.slice(other.from, other.to).toLowerCase()));
    if (inside.size > best.count) best = { at: hit.from, first: hit, count: inside.size };
  }

  // Open at the nearest clause end within `lead` before the first matched word, else at a
  // word boundary half that far back: a little context, never half a word.
  let start = 0;
  if (best.first !== null) {
    const earliest = retreat(text, best.at, lead);
    const clause = [...text.slice(earliest, best.at)].reduce((found, char, offset) => (CLAUSE_END.test(char) ? offset : found), -1);
    if (clause >= 0) start = earliest + [...text.slice(earliest, best.at)].slice(0, clause + 1).join('').length;
    else {
      const from = retreat(text, best.at, lead * 3);
      const boundaries = wordBoundaries(text.slice(from, best.at + 1)).map((offset) => from + offset);
      start = lastAtMost(boundaries, retreat(text, best.at, lead / 2), from);
    }
  }
  const skipped = text.slice(start).match(LEADING_JUNK)?.[0].length ?? 0;
  start += skipped;

  let end = advance(text, start, width);
  if (end < text.length) {
    const window = text.slice(start, Math.min(text.length, end + 1));
    const boundaries = wordBoundaries(window).map((offset) => start + offset);
    const mustKeep = best.first ? Math.min(best.first.to, end) : start;
    end = lastAtMost(boundaries, end, mustKeep);
    if (end <= start) end = advance(text, start, width);
  }
  const visible = text.slice(start, end).trimEnd();
  if (visible === '') return '';

  const stop = start + visible.length;
  let html = '';
  let at = start;
  for (const hit of hits) {
    const from = Math.max(hit.from, start);
    const to = Math.min(hit.to, stop);
    if (to <= from || from < at || text.slice(from, to).trim() === '') continue;
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at, stop));
  return `${start > 0 ? ELLIPSIS : ''}${html}${stop < text.trimEnd().length ? ELLIPSIS : ''}`;
}

/** Where the answer's own text starts in the record (the mark after its heading), or 0. */
export function answerTextStart(fragment) {
  return (fragment.anchors ?? []).find((anchor) => anchor.id === ANSWER_TEXT_MARK)?.location ?? 0;
}

/**
 * A result's data as the dialog shows it: only the metadata meant to be shown (title and
 * location; the searched-only fields are dropped), the preview from the answer's own text, and
 * the answer itself as the one sub-result (so the dialog shows the preview under the title).
 */
export function presentResult(fragment, locations, width = EXCERPT_WIDTH) {
  const shown = Object.values(SHOWN_META);
  const meta = Object.fromEntries(Object.entries(fragment.meta ?? {}).filter(([key]) => shown.includes(key)).map(([key, value]) => [key, String(value).replaceAll(WORD_BREAK, '')]));
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  const excerpt = answerExcerpt(fragment.raw_content, answerTextStart(fragment), sorted, width);
  const weighted = sorted.map((location) => ({ weight: 1, balanced_score: 1, location }));
  return {
    ...fragment,
    meta,
    excerpt,
    plain_excerpt: excerpt.replace(/<\/?mark>/g, ''),
    locations: sorted,
    weighted_locations: weighted,
    sub_results: [{ title: meta[SHOWN_META.title] ?? '', url: fragment.url, anchor: undefined, excerpt, locations: sorted, weighted_locations: weighted }],
  };
}
