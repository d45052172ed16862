// Times the repair of note 000 now and at a baseline commit, side by side, each in a fresh process (cold: module
// load, model load and repair, as one `npm run repair` call pays), then warm: `npm run bench:repair [-- --baseline REV]`.
// The baseline's scripts/repair is taken from git into a temporary folder whose node_modules links to this one's
// (Node strips TypeScript types only outside node_modules, so it cannot live there).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repair step before the Debian-derived language data (issue #16). */
const DEFAULT_BASELINE = 'd5a1059';
const root = fileURLToPath(new URL('..', import.meta.url));
const notesDirectory = new URL('../notes/', import.meta.url);
const name = readdirSync(notesDirectory).find((entry) => entry.startsWith('000_'));
if (name === undefined) throw new Error('notes/000_*.txt not found');
const notePath = fileURLToPath(new URL(name, notesDirectory));
const reviewedPath = fileURLToPath(new URL('../tests/fixtures/repair/note-000.reviewed.md', import.meta.url));
const baselineFlag = process.argv.indexOf('--baseline');
const baseline = baselineFlag >= 0 ? (process.argv[baselineFlag + 1] ?? DEFAULT_BASELINE) : DEFAULT_BASELINE;

/** The baseline's repair step, extracted from git. */
function checkoutBaseline(revision: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short', `${revision}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const directory = join(tmpdir(), `kb-bench-repair-${commit}/`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'), 'dir');
  const archive = execFileSync('git', ['archive', commit, 'scripts/repair'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', directory], { input: archive });
  return directory;
}

/** Runs in a fresh process: imports the repair step, repairs note 000 once (cold) and three times more (warm). */
const MEASURE = `
const [index, note, reviewed] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const bytes = readFileSync(note);
const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1e6; };
const wallStart = performance.now(); const cpuStart = cpu();
const { decodeNote } = await import(index);
const cold = decodeNote(bytes, note);
const coldWall = (performance.now() - wallStart) / 1000; const coldCpu = cpu() - cpuStart;
const alone = decodeNote(bytes, note, { pins: [] });
const warmStart = performance.now(); const warmCpuStart = cpu();
for (let run = 0; run < 3; run++) decodeNote(bytes, note);
const expected = [...readFileSync(reviewed, 'utf8').split('\\n')].map((line) => [...line]);
const right = alone.report.decisions.filter((d) => expected[d.line - 1]?.[d.column - 1] === d.chosen).length;
console.log(JSON.stringify({ coldWall, coldCpu, warmWall: (performance.now() - warmStart) / 3000, warmCpu: (cpu() - warmCpuStart) / 3,
  damaged: cold.report.damagedCharacters, pinned: cold.report.pinned, right, rss: process.resourceUsage().maxRSS / 1024 }));
`;

interface Measurement {
  coldWall: number;
  coldCpu: number;
  warmWall: number;
  warmCpu: number;
  damaged: number;
  pinned: number;
  right: number;
  rss: number;
}

function measure(repairDirectory: string): Measurement {
  const index = `${repairDirectory}scripts/repair/index.ts`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', MEASURE, index, notePath, reviewedPath], { encoding: 'utf8', cwd: root });
  if (result.status !== 0) throw new Error(`measuring ${index} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Measurement;
}

const before = measure(checkoutBaseline(baseline));
const now = measure(root.endsWith('/') ? root : `${root}/`);
const row = (label: string, value: (m: Measurement) => string): string => `| ${label} | ${value(before)} | ${value(now)} |`;
console.log(`repair of notes/${name} (${now.damaged} damaged characters); machine load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`);
console.log(`| | baseline ${baseline} | now |`);
console.log('| --- | ---: | ---: |');
console.log(row('cold: import, load models, repair (wall)', (m) => `${m.coldWall.toFixed(2)} s`));
console.log(row('cold (CPU)', (m) => `${m.coldCpu.toFixed(2)} s`));
console.log(row('warm repair, mean of 3 (wall)', (m) => `${m.warmWall.toFixed(2)} s`));
console.log(row('warm repair (CPU)', (m) => `${m.warmCpu.toFixed(2)} s`));
console.log(row('peak memory', (m) => `${m.rss.toFixed(0)} MB`));
console.log(row('model alone: damaged characters right', (m) => `${m.right}/${m.damaged}`));
console.log(row('pins used', (m) => `${m.pinned}`));
const verdict = now.coldWall < 3 ? 'under' : 'OVER';
console.log(`cold repair now: ${now.coldWall.toFixed(2)} s, ${verdict} the 3 s budget`);
