import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A kind of page a reader meets, and the built page that stands for it. */
export interface RepresentativePage {
  /** Stable key: `home`, `topic`, `answer`, … */
  kind: string;
  /** What the page is, for tables and test names. */
  label: string;
  /** URL path relative to the site's base, with a trailing slash (`go/interview/`); `''` is home. */
  path: string;
  /** HTML file under dist/ (`go/interview/index.html`). */
  file: string;
}

/** URL path (relative to base) of a built `…/index.html`. */
export function pathOfFile(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

function indexFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/'))
    .sort();
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

/** The file at the median of `files` ordered by `measure` (ties by name), so "typical" is a fact of the build. */
function median(files: string[], measure: (file: string) => number): string | undefined {
  const ordered = [...files].sort((a, b) => measure(a) - measure(b) || a.localeCompare(b));
  return ordered[Math.floor((ordered.length - 1) / 2)];
}

function most(files: string[], measure: (file: string) => number): string | undefined {
  const best = [...files].sort((a, b) => measure(b) - measure(a) || a.localeCompare(b))[0];
  return best !== undefined && measure(best) > 0 ? best : undefined;
}

/**
 * The page types of a build, each with one real page chosen by a rule over dist/ (not by name),
 * so the tests and benches follow the content as it grows:
 * home; a topic overview (`<topic>/index.html`, the median by size); the question index; an
 * answer page without a diagram (`<topic>/<page>/`, the median by size = "typical"), the answer page with the most
 * code blocks, the one with the most tables, the first page with a Mermaid diagram; and the 404.
 */
export function representativePages(dist: string): RepresentativePage[] {
  const files = indexFiles(dist);
  const html = new Map(files.map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
  const text = (file: string) => html.get(file) ?? '';
  const depth = (file: string) => file.split('/').length;
  const answers = files.filter((file) => depth(file) === 3);
  // A topic overview is the index of a folder that holds answer pages.
  const topics = files.filter((file) => depth(file) === 2 && answers.some((answer) => answer.startsWith(file.replace(/index\.html$/, ''))));
  const bySize = (file: string) => text(file).length;
  const hasDiagram = (file: string) => /class="kb-diagram"|\bmermaid\b/i.test(text(file).split('<main')[1] ?? '');
  const pages: RepresentativePage[] = [];
  const add = (kind: string, label: string, file: string | undefined, path?: string) => {
    if (file === undefined) return;
    const at = path ?? pathOfFile(file);
    pages.push({ kind, label: kind === 'home' || kind === '404' ? label : `${label}: /${at}`, path: at, file });
  };
  add('home', 'home', 'index.html');
  add('topic', 'topic overview', median(topics, bySize));
  add('questions', 'question index', files.find((file) => file === 'questions/index.html'));
  // Diagram pages are a type of their own: the typical answer page is the median of the others.
  add('answer', 'answer, typical', median(answers.filter((file) => !hasDiagram(file)), bySize));
  add('code', 'answer, most code', most(answers, (file) => count(text(file), /<pre[\s>]/g)));
  add('table', 'answer, most tables', most(answers, (file) => count(text(file), /<table[\s>]/g)));
  add('diagram', 'page with a diagram', files.find(hasDiagram));
  add('404', '404 page', '404.html', 'no-such-page/');
  return pages;
}
