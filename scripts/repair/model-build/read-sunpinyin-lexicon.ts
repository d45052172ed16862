// Words of sunpinyin's lexicon (pydict_sc.bin) by word id: the ids the trigram model (lm_sc.t3g) is written in.
// The file starts with three 32-bit counts: words, trie nodes, and the offset of the string table; the string table
// holds every word, in id order, as UCS-4 code points ending in 0. The trie before it (pinyin -> ids) is not needed.

export function readSunpinyinLexicon(bytes: Uint8Array, source: string): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new Error(`${source}: too short for a sunpinyin lexicon`);
  const wordCount = view.getUint32(0, true);
  const stringOffset = view.getUint32(8, true);
  if (stringOffset < 12 || stringOffset > bytes.byteLength || (bytes.byteLength - stringOffset) % 4 !== 0) {
    throw new Error(`${source}: string table offset ${stringOffset} does not fit a file of ${bytes.byteLength} bytes`);
  }
  const words: string[] = [];
  let offset = stringOffset;
  let codePoints: number[] = [];
  while (offset < bytes.byteLength && words.length < wordCount) {
    const codePoint = view.getUint32(offset, true);
    offset += 4;
    if (codePoint === 0) {
      words.push(String.fromCodePoint(...codePoints));
      codePoints = [];
    } else if (codePoint > 0x10ffff) {
      throw new Error(`${source}: code point 0x${codePoint.toString(16)} at byte ${offset - 4} (a big-endian file?)`);
    } else codePoints.push(codePoint);
  }
  if (words.length !== wordCount || offset !== bytes.byteLength) {
    throw new Error(`${source}: expected ${wordCount} words ending at byte ${bytes.byteLength}, read ${words.length} ending at ${offset}`);
  }
  return words;
}
