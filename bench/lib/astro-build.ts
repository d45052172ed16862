import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is bench/lib/astro-build.ts). */
export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ASTRO = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * A fresh scratch folder under .cache/bench/ (git-ignored). Extra Astro projects live inside the
 * repository so Node finds its node_modules by walking up: Astro mislocates its own components
 * when node_modules is a symlink from a folder elsewhere.
 */
export function scratchDir(prefix: string): string {
  const parent = join(REPO, '.cache', 'bench');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}

export interface BuildOptions {
  /** Project root to build (default: this repository). */
  root?: string;
  outDir: string;
  /** Extra environment, e.g. BASE_PATH and SITE_URL. */
  env?: Record<string, string>;
  /** Clear the content layer cache first, for a cold build (`astro build --force`). */
  force?: boolean;
}

/** Variables a test runner (Vitest) sets for itself that would leak into Astro's own Vite run. */
const RUNNER_ONLY = /^(?:VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

export interface BuildTime {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds (user + system) of the build and its children: steadier than wall time on a shared machine. */
  cpu: number;
}

/** Runs `astro build` with the project's own Node in a child process. */
export function astroBuild({ root = REPO, outDir, env = {}, force = false }: BuildOptions): Promise<BuildTime> {
  const started = performance.now();
  const command = [process.execPath, ASTRO, 'build', '--root', root, '--outDir', outDir, ...(force ? ['--force'] : [])];
  // bash's `times` reports the CPU its children used; its last line is "user system" of the children.
  const script = '"$@"; status=$?; times; exit $status';
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['-c', script, 'astro-build', ...command], {
      cwd: root,
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_ONLY.test(name))), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build of ${root} failed (exit ${code}):\n${output.slice(-4000)}`));
      const seconds = (text: string) => {
        const [, minutes, secs] = /(\d+)m([\d.]+)s/.exec(text) ?? [];
        return Number(minutes ?? 0) * 60 + Number(secs ?? 0);
      };
      const [user = '', system = ''] = output.trim().split('\n').at(-1)?.split(/\s+/) ?? [];
      resolvePromise({ wall: (performance.now() - started) / 1000, cpu: seconds(user) + seconds(system) });
    });
  });
}

/**
 * Copies this site's project (sources, public files, scripts, lockfile, config) into `dir`, a
 * scratch folder inside the repository (see `scratchDir`), ready to be built with other pages.
 * The site's own configuration is used as is, with a content cache of its own.
 */
export function copySiteProject(dir: string): void {
  for (const path of ['src', 'public', 'scripts', 'diagrams', 'anchors.lock.json', 'astro.config.mjs']) {
    if (!existsSync(join(REPO, path))) continue;
    const target = join(dir, path === 'astro.config.mjs' ? 'astro.config.site.mjs' : path);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(REPO, path), target, { recursive: true });
  }
  writeFileSync(join(dir, 'astro.config.mjs'), "import config from './astro.config.site.mjs';\n\nexport default { ...config, cacheDir: './.astro-cache' };\n");
  const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'kb-scratch-site', private: true, type: 'module', dependencies }, null, 2)}\n`);
}
