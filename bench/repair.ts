// Times the repair of note 000 (goal: under 2 s on the project machine): `npm run bench:repair`.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeNote } from '../scripts/repair/index.ts';

const notesDirectory = new URL('../notes/', import.meta.url);
const name = readdirSync(notesDirectory).find((entry) => entry.startsWith('000_'));
if (name === undefined) throw new Error('notes/000_*.txt not found');
const bytes = readFileSync(new URL(name, notesDirectory));

// The first run includes loading the jieba dictionary and note statistics, which is what one CLI call pays.
const started = performance.now();
const first = decodeNote(bytes, `notes/${name}`);
const cold = performance.now() - started;

const runs = 3;
const warmStarted = performance.now();
for (let run = 0; run < runs; run++) decodeNote(bytes, `notes/${name}`);
const warm = (performance.now() - warmStarted) / runs;

console.log(`repair notes/${name}: ${first.report.damagedCharacters} damaged characters`);
console.log(`cold (loads model): ${(cold / 1000).toFixed(3)} s${cold < 2000 ? '' : '  (over the 2 s goal)'}`);
console.log(`warm (model cached, mean of ${runs}): ${(warm / 1000).toFixed(3)} s`);
