// Unary scores of each candidate: its Markdown span type, whether it stands alone, its domain ratio and the clause
// triggers (prepositions, conjunctions) before it.
import type { LanguageModel } from './scoring/language-model.ts';
import type { UnaryScores } from './lattice-edges.ts';
import { markdownSpanTypes, SPAN_TYPES } from './markdown-spans.ts';
import { clauseTriggers } from './trigger-statistics.ts';
import { isBlankChar, isWordChar, standsAlone } from './stands-alone.ts';

const HAN = /^\p{Script=Han}$/u;

/** A damaged neighbour counts as a word character when any of its candidates is one. */
function isWordPosition(candidates: readonly string[][], position: number): boolean {
  return (candidates[position] ?? []).some((char) => isWordChar(char));
}

function isBlankPosition(candidates: readonly string[][], position: number): boolean {
  const options = candidates[position] ?? [];
  return options.length === 1 && isBlankChar(options[0]);
}

export function contextScores(candidates: readonly string[][], model: LanguageModel): UnaryScores {
  const scores: UnaryScores = new Map();
  const types = markdownSpanTypes(candidates.map((options) => (options.length === 1 ? (options[0] ?? '') : '')));
  candidates.forEach((options, position) => {
    if (options.length < 2) return;
    const spanType = SPAN_TYPES[types[position] ?? 0] ?? 'plain';
    const alone = standsAlone(
      candidates.length,
      position,
      (at) => isBlankPosition(candidates, at),
      (at) => isWordPosition(candidates, at),
    );
    const intact = (at: number): string | undefined => {
      const here = candidates[at] ?? [];
      return here.length === 1 ? here[0] : '';
    };
    const triggers = clauseTriggers(position, intact);
    const values = new Float64Array(options.length);
    options.forEach((char, index) => {
      values[index] = model.spanScore(char, spanType) + model.domainScore(char) + model.triggerScore(triggers, char) + (alone && HAN.test(char) ? model.isolatedScore(char) : 0);
    });
    scores.set(position, values);
  });
  return scores;
}
