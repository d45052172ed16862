import type { Root } from 'mdast';
import { parseMarkdown } from './steps/parse-markdown.ts';
import { noteSteps } from './steps/index.ts';
import type { NormalizationStep, StepContext } from './types.ts';

/** The normalization steps, in the order they run over every note. */
export function normalizationSteps(publicDir: string): NormalizationStep[] {
  return noteSteps(publicDir).map(([, step]) => step);
}

/** Parses a note's text and runs every normalization step over it. */
export function normalizeNote(text: string, context: StepContext, steps: NormalizationStep[]): Root {
  const tree = parseMarkdown(text);
  for (const step of steps) step(tree, context);
  return tree;
}
