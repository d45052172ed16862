// Honest accuracy figures: `node scripts/repair/evaluate.ts [--errors] [--baseline]`.
// Tuning text (weights were chosen on it): round trips of notes 001-004, each repaired with statistics of the
// *other* notes only (leave-one-note-out). Evaluation text (never tuned on): the held-out passage in
// tests/fixtures/repair/held-out/ (statistics of all clean notes), and note 000 against its reviewed text, model
// alone (no pins) and final (with pins). --baseline adds, side by side, the same figures for the model without the
// Debian-derived data and with the weights it had before (the symbol prior is today's).
import { readdirSync, readFileSync } from 'node:fs';
import { buildModel, buildModelFromTexts, statisticsOfTexts } from './build-model.ts';
import { decodeNote } from './decode-note.ts';
import { detectEncoding } from './detect-encoding.ts';
import { percent, roundTrip, scoreDecisions, type Accuracy } from './round-trip.ts';
import { DEFAULT_WEIGHTS, type ModelWeights } from './scoring/model-weights.ts';

const showErrors = process.argv.includes('--errors');
const notesDirectory = new URL('../../notes/', import.meta.url);
const reviewedNote000 = new URL('../../tests/fixtures/repair/note-000.reviewed.md', import.meta.url);
const heldOutDirectory = new URL('../../tests/fixtures/repair/held-out/', import.meta.url);

/** The weights before the Debian-derived data (commit d5a1059), with neither the word trigram nor the documents. */
const BASELINE_WEIGHTS: ModelWeights = { ...DEFAULT_WEIGHTS, bigram: 1, lexical: 1, wordContext: 0, technicalBigram: 0 };

const notes = readdirSync(notesDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(new URL(name, notesDirectory)) }));
const clean = notes.flatMap(({ name, bytes }) => {
  const detected = detectEncoding(bytes, name);
  return detected.kind === 'utf-8' ? [{ name, text: detected.text }] : [];
});
const heldOut = readdirSync(heldOutDirectory)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, heldOutDirectory), 'utf8') }));

function errorLines(accuracy: Accuracy, text: string): string[] {
  if (!showErrors) return [];
  const lines = text.split('\n');
  return accuracy.errors.map((error) => {
    const around = [...(lines[error.line - 1] ?? '')].slice(Math.max(0, error.column - 13), error.column + 12).join('');
    return `    line ${error.line} col ${error.column}: chose ${error.chosen} expected ${error.expected} (confidence ${error.confidence.toFixed(3)}${error.flaggedLowConfidence ? ', flagged' : ''}) ${around}`;
  });
}

interface Figures {
  rows: [string, string][];
  details: string[];
}

function add(total: { damaged: number; correct: number }, accuracy: Accuracy): void {
  total.damaged += accuracy.damaged;
  total.correct += accuracy.correct;
}

function figures(weights: ModelWeights): Figures {
  const rows: [string, string][] = [];
  const details: string[] = [];
  const total = { damaged: 0, correct: 0 };
  for (const note of clean) {
    const accuracy = roundTrip(note.text, buildModelFromTexts(clean.filter((other) => other !== note).map((other) => other.text), weights), note.name);
    add(total, accuracy);
    rows.push([`tuning: round trip ${note.name.slice(0, 3)}`, `${accuracy.correct}/${accuracy.damaged} (${percent(accuracy)})`]);
    details.push(...errorLines(accuracy, note.text));
  }
  rows.push(['tuning: all round trips', `${total.correct}/${total.damaged} (${percent(total)})`]);

  const allNotes = buildModel(statisticsOfTexts(clean.map((note) => note.text), weights), weights);
  for (const passage of heldOut) {
    const accuracy = roundTrip(passage.text, allNotes, passage.name);
    rows.push([`held out: ${passage.name}`, `${accuracy.correct}/${accuracy.damaged} (${percent(accuracy)})`]);
    details.push(...errorLines(accuracy, passage.text));
  }

  const damagedNote = notes.find(({ name }) => name.startsWith('000_'));
  if (damagedNote) {
    const expected = readFileSync(reviewedNote000, 'utf8');
    const file = `notes/${damagedNote.name}`;
    // The committed statistics are those of all clean notes: the same as allNotes.
    const alone = decodeNote(damagedNote.bytes, file, { pins: [], model: allNotes });
    const accuracy = scoreDecisions(alone.report.decisions, expected, alone.report.lowConfidence);
    rows.push(['held out: note 000, model alone', `${accuracy.correct}/${accuracy.damaged} (${percent(accuracy)}), ${accuracy.errors.filter((error) => error.flaggedLowConfidence).length}/${accuracy.errors.length} errors flagged`]);
    details.push(...errorLines(accuracy, expected));
  }
  return { rows, details };
}

const now = figures(DEFAULT_WEIGHTS);
const before = process.argv.includes('--baseline') ? figures(BASELINE_WEIGHTS) : undefined;
console.log(before ? '| | before (no Debian data) | now |\n| --- | --- | --- |' : '| | now |\n| --- | --- |');
now.rows.forEach(([label, value], index) => console.log(before ? `| ${label} | ${before.rows[index]?.[1] ?? ''} | ${value} |` : `| ${label} | ${value} |`));
if (showErrors) console.log(now.details.join('\n'));

const damagedNote = notes.find(({ name }) => name.startsWith('000_'));
if (damagedNote) {
  const final = decodeNote(damagedNote.bytes, `notes/${damagedNote.name}`);
  const expected = readFileSync(reviewedNote000, 'utf8');
  console.log(`note 000 final: decided by model ${final.report.decidedByModel}, pinned ${final.report.pinned}; output ${final.text === expected ? 'equals' : 'DIFFERS FROM'} the reviewed text`);
}
