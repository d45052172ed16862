// Honest accuracy figures: `node scripts/repair/evaluate.ts [--errors]`.
// 1. Round trips of notes 001-004, each repaired with statistics of the *other* notes only (leave-one-note-out).
// 2. Note 000, model alone (no pins) and final (with pins), against the reviewed answer in tests/fixtures/repair.
import { readdirSync, readFileSync } from 'node:fs';
import { buildModelFromTexts, loadDefaultModel } from './build-model.ts';
import { decodeNote } from './decode-note.ts';
import { detectEncoding } from './detect-encoding.ts';
import { percent, roundTrip, scoreDecisions, type Accuracy } from './round-trip.ts';

const showErrors = process.argv.includes('--errors');
const notesDirectory = new URL('../../notes/', import.meta.url);
const reviewedNote000 = new URL('../../tests/fixtures/repair/note-000.reviewed.md', import.meta.url);

const notes = readdirSync(notesDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(new URL(name, notesDirectory)) }));
const clean = notes.flatMap(({ name, bytes }) => {
  const detected = detectEncoding(bytes, name);
  return detected.kind === 'utf-8' ? [{ name, text: detected.text }] : [];
});

function printErrors(accuracy: Accuracy): void {
  if (!showErrors) return;
  for (const error of accuracy.errors) {
    console.log(`    line ${error.line} col ${error.column}: chose ${error.chosen} expected ${error.expected} (confidence ${error.confidence.toFixed(3)}${error.flaggedLowConfidence ? ', flagged' : ''})`);
  }
}

const total = { damaged: 0, correct: 0, flagged: 0, errors: 0 };
console.log('Round trips, leave-one-note-out statistics:');
for (const note of clean) {
  const model = buildModelFromTexts(clean.filter((other) => other !== note).map((other) => other.text));
  const accuracy = roundTrip(note.text, model, note.name);
  total.damaged += accuracy.damaged;
  total.correct += accuracy.correct;
  total.errors += accuracy.errors.length;
  total.flagged += accuracy.errors.filter((error) => error.flaggedLowConfidence).length;
  console.log(`  ${note.name}: ${accuracy.correct}/${accuracy.damaged} damaged characters right (${percent(accuracy)})`);
  printErrors(accuracy);
}
console.log(`  all: ${total.correct}/${total.damaged} (${percent(total)}); ${total.flagged}/${total.errors} errors were flagged low-confidence`);

const damagedNote = notes.find(({ name }) => name.startsWith('000_'));
if (damagedNote) {
  const expected = readFileSync(reviewedNote000, 'utf8');
  const file = `notes/${damagedNote.name}`;
  const alone = decodeNote(damagedNote.bytes, file, { pins: [], model: loadDefaultModel() });
  const aloneAccuracy = scoreDecisions(alone.report.decisions, expected, alone.report.lowConfidence);
  const final = decodeNote(damagedNote.bytes, file);
  const pinsChangingTheModel = final.report.decisions.filter((decision, index) => decision.source === 'pinned' && alone.report.decisions[index]?.chosen !== decision.chosen).length;
  console.log(`Note 000 (${file}): ${alone.report.damagedCharacters} damaged characters`);
  console.log(`  model alone: ${aloneAccuracy.correct}/${aloneAccuracy.damaged} right (${percent(aloneAccuracy)}); ${aloneAccuracy.errors.filter((error) => error.flaggedLowConfidence).length}/${aloneAccuracy.errors.length} errors flagged low-confidence`);
  printErrors(aloneAccuracy);
  console.log(`  final: decided by model ${final.report.decidedByModel}, pinned ${final.report.pinned} (${pinsChangingTheModel} of them overrule the model); output ${final.text === expected ? 'equals' : 'DIFFERS FROM'} the reviewed text`);
}
