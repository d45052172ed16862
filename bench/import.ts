// `npm run bench:import`: time and peak memory of the import for notes of 0.25, 1 and 5 MB,
// with Markdown parsed in pieces (today) and whole (before; micromark is quadratic in a
// document's size), side by side in one run. Each import runs in a process of its own.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { REPO } from './lib/astro-build.ts';

interface Run {
  bytes: number;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
  largestPageKB: number;
  warnings: number;
}

const SOURCE = join(REPO, 'notes', '001_6ac113cdf60f3b59.txt');
const SIZES = [0.25, 1, 5];
const MODES: { name: string; env: Record<string, string> }[] = [
  { name: 'pieces (today)', env: {} },
  { name: 'whole (before)', env: { KB_PARSE_CHUNK_BYTES: 'Infinity' } },
];

function importOnce(megabytes: number, env: Record<string, string>): Run {
  const output = execFileSync(process.execPath, [join(REPO, 'bench/lib/import-once.ts'), SOURCE, String(Math.round(megabytes * 1e6))], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Run;
}

console.log(`Import of a synthetic note made of copies of notes/001 (one page per copy); load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}.`);
console.log('Goal for 5 MB: under 60 s and under 1 GB. CPU seconds are the steadier figure on a shared machine.\n');
console.log('| note | parse | pages | wall s | CPU s | CPU s per MB | peak memory MB |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const megabytes of SIZES) {
  for (const mode of MODES) {
    const run = importOnce(megabytes, mode.env);
    const mb = run.bytes / 1e6;
    console.log(`| ${mb.toFixed(2)} MB | ${mode.name} | ${run.pages} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${(run.cpuSeconds / mb).toFixed(1)} | ${run.peakMemoryMB.toFixed(0)} |`);
  }
}
