import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is bench/lib/astro-build.ts). */
export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ASTRO = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildOptions {
  /** Project root to build (default: this repository). */
  root?: string;
  outDir: string;
  /** Extra environment, e.g. BASE_PATH and SITE_URL. */
  env?: Record<string, string>;
}

/** Variables a test runner (Vitest) sets for itself that would leak into Astro's own Vite run. */
const RUNNER_ONLY = /^(?:VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

/** Runs `astro build` with the project's own Node in a child process; resolves to wall-clock seconds. */
export function astroBuild({ root = REPO, outDir, env = {} }: BuildOptions): Promise<number> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_ONLY.test(name))), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise((performance.now() - started) / 1000);
      else reject(new Error(`astro build of ${root} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
