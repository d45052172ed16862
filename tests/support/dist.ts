import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

/** Every HTML page of the built site, as paths relative to dist/ (`go/interview/index.html`). */
export function builtPages(dist = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [relative(dist, path)] : [];
    });
  return walk(dist).sort();
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The URL path a built page is served at: `go/interview/index.html` → `/go/interview/`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
