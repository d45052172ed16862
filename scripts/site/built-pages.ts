import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML page of a built site, as `/`-separated paths relative to `dist`
 * (`go/interview/index.html`), sorted. Pagefind's and Astro's asset folders hold no pages.
 */
export function builtPages(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [relative(dist, path).split(sep).join('/')] : [];
    });
  return walk(dist).sort();
}

/** The URL path a built page is served at, below the base: `go/interview/index.html` → `/go/interview/`. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
