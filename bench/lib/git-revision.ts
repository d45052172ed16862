import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { REPO } from './astro-build.ts';

/**
 * Writes the tree of a git revision into `dir` (a scratch folder inside the repository, so the
 * revision resolves this checkout's node_modules), for a bench to build and measure it beside
 * the working tree.
 */
export function exportRevision(revision: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', '--format=tar', revision], { cwd: REPO, maxBuffer: 1 << 30 }) });
}
