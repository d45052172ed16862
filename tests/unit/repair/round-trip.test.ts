import { describe, expect, it } from 'vitest';
import { buildModelFromTexts, loadDefaultModel } from '../../../scripts/repair/build-model.ts';
import { percent, roundTrip } from '../../../scripts/repair/round-trip.ts';
import { fixtureText, noteFile } from './fixtures.ts';

const NOTE_PREFIXES = ['001_', '002_', '003_', '004_'];
const PASSAGE_LENGTH = 1500;
/** Measured leave-one-note-out accuracy of these passages is 97.6%; this floor catches regressions, not noise. */
const PASSAGE_ACCURACY_FLOOR = 0.95;

/** Three passages per note, at fixed relative offsets, cut at line starts. */
function passagesOf(text: string): string[] {
  return [0.1, 0.45, 0.8].map((share) => {
    const chars = [...text];
    let start = Math.floor(chars.length * share);
    while (start > 0 && chars[start - 1] !== '\n') start--;
    return chars.slice(start, start + PASSAGE_LENGTH).join('');
  });
}

describe('round trips with the exact damage of note 000', () => {
  it.each(['emoji-and-symbols.md', 'punctuation.md', 'code-and-prose.md', 'gbk-note.utf8.md'])('restores the fixture %s exactly', (name) => {
    const clean = fixtureText(name);
    const result = roundTrip(clean, loadDefaultModel(), name);
    expect(result.damaged).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
    expect(result.text).toBe(clean);
  });

  it('restores passages of notes 001-004 with statistics held out from their own note', () => {
    const notes = NOTE_PREFIXES.map((prefix) => noteFile(prefix).bytes.toString('utf8'));
    const totals = { damaged: 0, correct: 0 };
    const lines: string[] = [];
    notes.forEach((text, index) => {
      const model = buildModelFromTexts(notes.filter((_, other) => other !== index));
      for (const passage of passagesOf(text)) {
        const result = roundTrip(passage, model, `${NOTE_PREFIXES[index]}passage`);
        totals.damaged += result.damaged;
        totals.correct += result.correct;
        expect([...result.text].length).toBe([...passage].length);
      }
      lines.push(`${NOTE_PREFIXES[index]}: cumulative ${percent(totals)}`);
    });
    console.info(`passage round trips: ${totals.correct}/${totals.damaged} (${percent(totals)})\n${lines.join('\n')}`);
    expect(totals.damaged).toBeGreaterThan(500);
    expect(totals.correct / totals.damaged).toBeGreaterThanOrEqual(PASSAGE_ACCURACY_FLOOR);
  }, 120_000);
});
