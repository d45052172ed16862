// One import of a synthetic note in a process of its own, so its peak memory is its own:
//   node bench/lib/import-once.ts <source note> <bytes>   → one JSON line on stdout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeForImport } from '../../scripts/import/decode-note.ts';
import { runImport } from '../../scripts/import/run-import.ts';
import { REPO } from './astro-build.ts';
import { SYNTHETIC_NOTE_ID, syntheticNote, syntheticTopicMap } from './synthetic-note.ts';

const [source, size] = process.argv.slice(2);
const { text, copies } = syntheticNote(source!, Number(size));
const dir = mkdtempSync(join(tmpdir(), 'kb-bench-import-'));
const notesDir = join(dir, 'notes');
mkdirSync(notesDir);
writeFileSync(join(notesDir, `${SYNTHETIC_NOTE_ID}_bench.txt`), text);
const started = performance.now();
const cpuStart = process.cpuUsage();
const { files, report } = runImport({ notesDir, diagramsDir: join(dir, 'no-diagrams'), publicDir: join(REPO, 'public'), topicMap: syntheticTopicMap(copies), decode: decodeForImport });
const cpu = process.cpuUsage(cpuStart);
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({
  bytes: Buffer.byteLength(text),
  copies,
  pages: files.length,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakMemoryMB: process.resourceUsage().maxRSS / 1024,
  largestPageKB: Math.max(...files.map((file) => Buffer.byteLength(file.content))) / 1024,
  warnings: report.warnings.length,
}));
