/**
 * Signs of mojibake: replacement characters, C1 controls, and the sequences UTF-8 Chinese
 * turns into when read as Windows-125x or Latin-1 (`ä¸­` for 中, `â€™`, `ï¼Œ`).
 */
export const MOJIBAKE_PATTERNS: [string, RegExp][] = [
  ['U+FFFD replacement character', /\uFFFD/u],
  ['C1 control character', /[\u0080-\u009F]/u],
  ['UTF-8 read as Windows-125x', /[ÃÂÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïğ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u],
];

export interface MojibakeHit {
  kind: string;
  index: number;
  context: string;
}

export function findMojibake(text: string): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  for (const [kind, pattern] of MOJIBAKE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) hits.push({ kind, index: match.index, context: text.slice(Math.max(0, match.index - 20), match.index + 20) });
  }
  return hits;
}
