import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages as listBuiltPages, urlPathOf } from '../../scripts/site/built-pages.ts';

export { urlPathOf };

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

/** Every HTML page of the built site, as paths relative to dist/ (`go/interview/index.html`). */
export function builtPages(dist = DIST): string[] {
  return listBuiltPages(dist);
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

