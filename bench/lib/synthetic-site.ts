import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { copySiteProject, REPO } from './astro-build.ts';

const DOCS = 'src/content/docs';

/** Answer pages of the real site: `<topic>/<page>.md` (topic overviews and standalone pages excluded). */
function answerPages(): string[] {
  return readdirSync(join(REPO, DOCS), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('index.'))
    .map((entry) => relative(join(REPO, DOCS), join(entry.parentPath, entry.name)))
    .filter((path) => path.split('/').length === 2)
    .sort();
}

function countPages(): number {
  return readdirSync(join(REPO, DOCS), { recursive: true }).filter((path) => /\.mdx?$/.test(String(path))).length;
}

/** One copy of a page: same body, a title and description that say which copy it is. */
function copyOf(source: string, round: number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('page without frontmatter');
  const data = parse(match[1]!) as { title: string; description?: string };
  data.title = `${data.title}（样本 ${round}）`;
  if (data.description) data.description = `样本 ${round}：${data.description}`;
  return `---\n${stringify(data).trimEnd()}\n---\n${source.slice(match[0].length)}`;
}

/**
 * Writes in `dir` (inside the repository, see `scratchDir`) this site with its real pages plus
 * copies of the answer pages until it has `totalPages` pages. Copies live in folders `s<round>/`
 * at the depth of a topic folder (as deep as the real pages), outside
 * the sidebar, and keep their `topic`, so topic overviews and the question index grow with them
 * as they would with real notes. They repeat the notes' vocabulary: the index's word list stays
 * that of the real pages while pages, fragments and postings grow.
 */
export function writeSyntheticSite(dir: string, totalPages: number): number {
  copySiteProject(dir);

  const sources = answerPages();
  const copies = Math.max(0, totalPages - countPages());
  for (let index = 0; index < copies; index++) {
    const source = sources[index % sources.length]!;
    const round = Math.floor(index / sources.length) + 1;
    const target = join(dir, DOCS, `s${round}`, source.replace('/', '-'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, copyOf(readFileSync(join(REPO, DOCS, source), 'utf8'), round));
  }
  return countPages() + copies;
}
