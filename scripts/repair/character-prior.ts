// Note-independent prior probability of a single character, from its Unicode class and the symbol tiers.
import { SYMBOL_PRIOR } from './symbol-prior.ts';

const UNASSIGNED_OR_UNUSABLE = /[\p{Cn}\p{Cs}\p{Cc}]/u;
const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PRIVATE_USE = /\p{Co}/u;
const COMBINING_MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;

/** Characters a damaged position may never decode to: no author typed an unassigned or control code point. */
export function isImpossibleCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return true;
  return UNASSIGNED_OR_UNUSABLE.test(char);
}

/** Rough per-character probability of each Unicode neighbourhood in Chinese technical text. */
function classFloor(char: string, code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return 1e-9; // common ideographs absent from the dictionary
  if (code >= 0x3400 && code <= 0x4dbf) return 1e-12; // extension A: practically never in modern notes
  if (code >= 0x20000 && code <= 0x3ffff) return 1e-13;
  if (code >= 0xf900 && code <= 0xfaff) return 1e-12; // compatibility ideographs
  if (code >= 0x3000 && code <= 0x303f) return 1e-8;
  if (code >= 0xff01 && code <= 0xff5e) return 1e-8;
  if (code >= 0x3040 && code <= 0x30ff) return 1e-9; // kana
  if (code >= 0xfe00 && code <= 0xfe0f) return 1e-10; // other variation selectors
  if (PRIVATE_USE.test(char)) return 1e-12;
  if (FORMAT.test(char)) return 1e-12;
  if (COMBINING_MARK.test(char)) return 1e-12;
  if (EXTENDED_PICTOGRAPHIC.test(char)) return EMOJI_PRESENTATION.test(char) ? 3e-8 : 1e-8;
  if (code >= 0x2000 && code <= 0x2bff) return 3e-9; // punctuation, arrows, maths, shapes, dingbats
  if (code >= 0x00a0 && code <= 0x024f) return 3e-9; // Latin-1 supplement and extended Latin
  if (code >= 0x0370 && code <= 0x04ff) return 1e-9; // Greek, Cyrillic
  if (code >= 0xac00 && code <= 0xd7a3) return 1e-10; // Hangul
  if (code < 0x10000) return 1e-11; // other scripts
  return 1e-13; // historic scripts and other supplementary planes
}

export function characterPrior(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return (SYMBOL_PRIOR.get(char) ?? 0) + classFloor(char, code);
}

export function isPictographic(char: string): boolean {
  return EXTENDED_PICTOGRAPHIC.test(char);
}

/** Emoji whose default look is text: these are the ones authors follow with U+FE0F. */
export function isTextDefaultEmoji(char: string): boolean {
  return EXTENDED_PICTOGRAPHIC.test(char) && !EMOJI_PRESENTATION.test(char);
}
