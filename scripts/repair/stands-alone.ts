// Whether a character stands alone as a phrase: its nearest non-blank neighbours are line ends or punctuation,
// as in a table cell "| 中 |" or a list item "- 是". "TCP 与 UDP" is not alone: words surround it.

const WORD = /^[\p{L}\p{N}]$/u;

/** `isWord(position)` tells whether a neighbour is a letter, digit or Han character (or may be, when damaged). */
export function standsAlone(length: number, position: number, isBlank: (position: number) => boolean, isWord: (position: number) => boolean): boolean {
  let left = position - 1;
  while (left >= 0 && isBlank(left)) left--;
  let right = position + 1;
  while (right < length && isBlank(right)) right++;
  return (left < 0 || !isWord(left)) && (right >= length || !isWord(right));
}

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD.test(char);
}

export function isBlankChar(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u3000';
}
