// Measures the repair against a known answer: damage clean text with the exact damage model, repair, compare.
import { decodeNote } from './decode-note.ts';
import { damageText } from './damage-model.ts';
import type { LanguageModel } from './scoring/language-model.ts';
import type { RepairDecision } from './types.ts';

export interface DecisionError {
  line: number;
  column: number;
  chosen: string;
  expected: string;
  confidence: number;
  flaggedLowConfidence: boolean;
}

export interface Accuracy {
  damaged: number;
  correct: number;
  errors: DecisionError[];
}

/** Compares each decision with the character at the same line and column of the expected text. */
export function scoreDecisions(decisions: readonly RepairDecision[], expectedText: string, lowConfidence: readonly RepairDecision[]): Accuracy {
  const expectedLines = expectedText.split('\n').map((line) => [...line]);
  const flagged = new Set(lowConfidence);
  const errors: DecisionError[] = [];
  for (const decision of decisions) {
    const expected = expectedLines[decision.line - 1]?.[decision.column - 1] ?? '';
    if (expected !== decision.chosen) {
      errors.push({ line: decision.line, column: decision.column, chosen: decision.chosen, expected, confidence: decision.confidence, flaggedLowConfidence: flagged.has(decision) });
    }
  }
  return { damaged: decisions.length, correct: decisions.length - errors.length, errors };
}

/** Damages `clean` as note 000 was damaged, repairs it with `model` and no pins, and scores every damaged character. */
export function roundTrip(clean: string, model: LanguageModel, file = 'round-trip'): Accuracy & { text: string } {
  const damaged = damageText(clean);
  const { text, report } = decodeNote(Buffer.from(damaged, 'utf8'), file, { model, pins: [] });
  return { ...scoreDecisions(report.decisions, clean, report.lowConfidence), text };
}

export function percent(accuracy: Pick<Accuracy, 'damaged' | 'correct'>): string {
  return accuracy.damaged === 0 ? 'n/a' : `${((100 * accuracy.correct) / accuracy.damaged).toFixed(2)}%`;
}
