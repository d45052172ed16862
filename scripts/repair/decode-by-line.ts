// Decodes only the lines that hold damage. A newline is always its own token, so every line starts from the same
// state and lines are independent: skipping undamaged ones changes no decision, and saves most of the work.
import type { LanguageModel } from './scoring/language-model.ts';
import { decodeLattice, type LatticeResult } from './lattice-decoder.ts';
import type { UnaryScores } from './lattice-edges.ts';

export function decodeByLine(candidates: readonly string[][], model: LanguageModel, unary: UnaryScores): Pick<LatticeResult, 'choice' | 'maxMarginals'> {
  const choice = new Int32Array(candidates.length);
  const maxMarginals = new Map<number, Float64Array>();
  let lineStart = 0;
  while (lineStart < candidates.length) {
    let lineEnd = lineStart;
    let damaged = false;
    while (lineEnd < candidates.length) {
      const options = candidates[lineEnd] ?? [];
      if (options.length > 1) damaged = true;
      lineEnd++;
      if (options.length === 1 && options[0] === '\n') break;
    }
    if (damaged) {
      // The line's own newline stays in the segment: line-end rules (an opening bracket never ends a line) need it.
      const segment = candidates.slice(lineStart, lineEnd);
      const segmentUnary: UnaryScores = new Map();
      for (let position = lineStart; position < lineEnd; position++) {
        const scores = unary.get(position);
        if (scores) segmentUnary.set(position - lineStart, scores);
      }
      const result = decodeLattice(segment, model, segmentUnary);
      result.choice.forEach((index, offset) => (choice[lineStart + offset] = index));
      for (const [offset, marginals] of result.maxMarginals) maxMarginals.set(lineStart + offset, marginals);
    }
    lineStart = lineEnd;
  }
  return { choice, maxMarginals };
}
