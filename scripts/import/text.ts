/** Small text predicates shared by the normalization steps. */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Share of Han characters among the non-space characters of `text`. */
export function cjkRatio(text: string): number {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) return 0;
  return (compact.match(CJK_GLOBAL)?.length ?? 0) / compact.length;
}

/** Sentence-final or clause punctuation, Chinese and Western. */
export const SENTENCE_PUNCTUATION = /[。！？；，、：,.!?;:]$/u;

/** Emoji and pictographs used as decoration in front of headings (🚀, ☸️, 📋 …). */
const LEADING_DECORATION = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]+\s*)+/u;

export function stripLeadingDecoration(text: string): string {
  return text.replace(LEADING_DECORATION, '').trim();
}

/** Collapses runs of whitespace the way a browser renders text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
