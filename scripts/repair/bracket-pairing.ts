// Brackets and quotes come in pairs: a candidate bracket whose partner cannot be on its line is unlikely.
import type { UnaryScores } from './lattice-edges.ts';

const PAIRS: [string, string][] = [
  ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['【', '】'], ['〔', '〕'], ['〈', '〉'], ['《', '》'],
  ['〖', '〗'], ['（', '）'], ['［', '］'], ['｛', '｝'], ['〝', '〞'],
];
const CLOSER_OF = new Map(PAIRS.map(([open, close]) => [open, close]));
const OPENER_OF = new Map(PAIRS.map(([open, close]) => [close, open]));
const UNPAIRED_LOG_PENALTY = Math.log(0.02);

/** Adds a penalty to bracket candidates with no possible partner on the same line (in fixed text or candidates). */
export function bracketPairingScores(candidates: readonly string[][]): UnaryScores {
  const scores: UnaryScores = new Map();
  let lineStart = 0;
  for (let position = 0; position <= candidates.length; position++) {
    const options = candidates[position];
    const endOfLine = position === candidates.length || (options?.length === 1 && options[0] === '\n');
    if (!endOfLine) continue;
    const lineEnd = position;
    for (let here = lineStart; here < lineEnd; here++) {
      const hereOptions = candidates[here] ?? [];
      if (hereOptions.length < 2) continue;
      const penalties = new Float64Array(hereOptions.length);
      hereOptions.forEach((char, index) => {
        const closer = CLOSER_OF.get(char);
        const opener = OPENER_OF.get(char);
        if (closer === undefined && opener === undefined) return;
        const [from, to, partner] = closer !== undefined ? [here + 1, lineEnd, closer] : [lineStart, here, opener ?? ''];
        for (let other = from; other < to; other++) if ((candidates[other] ?? []).includes(partner)) return;
        penalties[index] = UNPAIRED_LOG_PENALTY;
      });
      if (penalties.some((value) => value !== 0)) scores.set(here, penalties);
    }
    lineStart = position + 1;
  }
  return scores;
}
