// Times the repair of note 000 (goal: under 2 s on the project machine): `npm run bench:repair`.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeNote } from '../scripts/repair/index.ts';

const notesDirectory = new URL('../notes/', import.meta.url);
const name = readdirSync(notesDirectory).find((entry) => entry.startsWith('000_'));
if (name === undefined) throw new Error('notes/000_*.txt not found');
const bytes = readFileSync(new URL(name, notesDirectory));

/** Wall-clock and CPU seconds of `work`; CPU time stays meaningful when other processes load the machine. */
function timed<T>(work: () => T): { result: T; wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpuStart);
  return { result, wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

// The first run includes loading the jieba dictionary and note statistics, which is what one CLI call pays.
const cold = timed(() => decodeNote(bytes, `notes/${name}`));
const runs = 3;
const warm = timed(() => {
  for (let run = 0; run < runs; run++) decodeNote(bytes, `notes/${name}`);
});

const verdict = (seconds: number): string => (seconds < 2 ? 'under the 2 s goal' : 'OVER the 2 s goal');
console.log(`repair notes/${name}: ${cold.result.report.damagedCharacters} damaged characters`);
console.log(`cold (loads the model): ${cold.wall.toFixed(3)} s wall, ${cold.cpu.toFixed(3)} s CPU (${verdict(cold.wall)})`);
console.log(`warm (model cached, mean of ${runs}): ${(warm.wall / runs).toFixed(3)} s wall, ${(warm.cpu / runs).toFixed(3)} s CPU`);
