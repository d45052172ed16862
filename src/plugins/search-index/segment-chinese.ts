/** U+200B ZERO WIDTH SPACE: Pagefind's indexer splits words on it, and it renders as nothing in excerpts. */
export const WORD_BREAK = '\u200B';

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Marks Chinese word boundaries where the reader's browser will find them in a query.
 * Pagefind segments a query with the browser's Intl.Segmenter (ICU4C) but the pages with its
 * own segmenter (ICU4X), and in context they disagree: "两阶段提交协议" is indexed 两阶|段|提交|协议
 * while the query "两阶段提交" is 两|阶段|提交, so that heading loses its match on 阶段 and ranks
 * below sections that merely mention the words. Node's Intl.Segmenter is the same ICU word
 * breaker as Chromium's; marking its boundaries makes both sides cut the same words.
 */
export function segmentChinese(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  let previous: Intl.SegmentData | undefined;
  for (const segment of segmenter.segment(text)) {
    if (previous?.isWordLike && segment.isWordLike && (HAN.test(previous.segment.at(-1)!) || HAN.test(segment.segment[0]!))) out += WORD_BREAK;
    out += segment.segment;
    previous = segment;
  }
  return out;
}

/**
 * The words of a text, one space apart, as the browser's segmenter cuts them (punctuation left
 * out). Pagefind splits metadata on whitespace only, so Chinese metadata must be spaced this
 * way for its words to match a query word by word.
 */
export function spacedWords(text: string): string {
  return [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
    .join(' ');
}
