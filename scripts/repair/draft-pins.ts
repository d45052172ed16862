// Reviewer's tool: `node scripts/repair/draft-pins.ts NOTE REVIEWED_TEXT` prints a pin (without a reason) for every
// damaged character where the model alone disagrees with the reviewed text. A human checks each one, writes its
// reason, and adds it to corrections.json.
import { readFileSync } from 'node:fs';
import { sha256Hex, type Pin } from './corrections.ts';
import { decodeNote } from './decode-note.ts';
import { detectEncoding } from './detect-encoding.ts';
import { damagedContext } from './repair-dropped-bytes.ts';
import { scanDamagedUtf8 } from './scan-damaged-utf8.ts';

const [notePath, reviewedPath] = process.argv.slice(2);
if (notePath === undefined || reviewedPath === undefined) {
  process.stderr.write('usage: node scripts/repair/draft-pins.ts NOTE REVIEWED_TEXT\n');
  process.exit(2);
}
const bytes = readFileSync(notePath);
const detected = detectEncoding(bytes, notePath);
if (detected.kind !== 'mojibake') throw new Error(`${notePath}: only mojibake notes need pins (found ${detected.kind})`);
const reviewed = readFileSync(reviewedPath, 'utf8').split('\n').map((line) => [...line]);
const alone = decodeNote(bytes, notePath, { pins: [] });
const sequences = scanDamagedUtf8(detected.bytes, new Set(detected.replaced)).damaged;
const noteSha256 = sha256Hex(bytes);
const drafts: (Pin & { modelChose: string; confidence: number })[] = [];
alone.report.decisions.forEach((decision, index) => {
  const expected = reviewed[decision.line - 1]?.[decision.column - 1];
  const sequence = sequences[index];
  if (expected === undefined || expected === decision.chosen || !sequence) return;
  const context = damagedContext({ bytes: detected.bytes, renderDamaged: (start, end) => detected.shownText.slice(start, end) }, sequence.byteOffset, 1 + sequence.present.length);
  drafts.push({ noteSha256, line: decision.line, context, chosen: expected, reason: '', modelChose: decision.chosen, confidence: decision.confidence });
});
process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
