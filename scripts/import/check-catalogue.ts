import type { Heading, RootContent } from 'mdast';
import { QUESTIONS_DIR, type QuestionCatalogue } from '../../src/lib/content-model/question-catalogue.ts';
import type { LocatedError } from '../../src/lib/located-error.ts';
import { DataFileError, dataLocation } from '../../src/lib/content-model/yaml-data.ts';
import { answerKey, topicOfPage } from '../../src/schemas/question-catalogue.ts';
import { ImportError } from './errors.ts';
import { plainText } from './mdast-helpers.ts';
import { headingSource } from './route-sections.ts';
import { headingId } from './steps/assign-anchor-ids.ts';

/** Only sections down to this level are answers of their own; deeper ones are parts of one. */
const ANSWER_DEPTH = 3;

export interface CataloguedPage {
  path: string;
  blocks: RootContent[];
  /** A page that shows a site view (the question index) is navigation, not answers. */
  isIndex: boolean;
}

/**
 * Keeps the catalogue in step with the outline: every entry names a heading that exists and
 * has text, and every h2/h3 section with text of its own is an entry or part of one (a
 * heading that only groups entries needs none). All problems at once; a missing entry comes
 * with one ready to paste.
 */
export function checkCatalogue(pages: CataloguedPage[], catalogue: QuestionCatalogue): LocatedError[] {
  const errors: LocatedError[] = [];
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const headingsOf = new Map(pages.map((page) => [page.path, outlineOf(page.blocks)]));

  for (const entry of catalogue.entries) {
    const location = dataLocation(entry);
    const fail = (message: string) => errors.push(new DataFileError(location?.file ?? QUESTIONS_DIR, location?.line, `${answerKey(entry)}: ${message}`));
    const page = byPath.get(entry.page);
    if (!page) {
      fail('no such page (the topic map publishes pages under src/content/topics/)');
      continue;
    }
    if (entry.anchor === '_top') continue;
    const heading = headingsOf.get(entry.page)!.find((candidate) => candidate.id === entry.anchor);
    if (!heading) fail(`the page has no heading with this id${nearIds(headingsOf.get(entry.page)!, entry.anchor)}`);
  }

  for (const page of pages) {
    if (page.isIndex) continue;
    const anchors = new Set(catalogue.entries.filter((entry) => entry.page === page.path).map((entry) => entry.anchor));
    if (anchors.has('_top')) continue;
    const open: { depth: number; entry: boolean }[] = [];
    for (const heading of headingsOf.get(page.path)!) {
      while (open.length > 0 && open[open.length - 1]!.depth >= heading.depth) open.pop();
      const entry = anchors.has(heading.id);
      const covered = entry || open.some((ancestor) => ancestor.entry);
      open.push({ depth: heading.depth, entry });
      if (covered || heading.depth > ANSWER_DEPTH || !heading.hasOwnText) continue;
      const source = headingSource(heading.node);
      const owner = topicOfPage(page.path) ?? page.path;
      errors.push(
        new ImportError(
          source ? `notes/${source.file}` : page.path,
          source?.line,
          [
            `"${heading.text}" (/${page.path}/#${heading.id}) answers no question of the catalogue; add it to ${QUESTIONS_DIR}/${owner}.yaml:`,
            `- page: ${page.path}`,
            `  anchor: ${heading.id}`,
            `  question: ${heading.text}？  # the question this section answers`,
            `  wording: site  # or author, when the note's own words are the question`,
            `  kind: question  # or reference: command lists, installation steps, code walk-throughs`,
          ].join('\n'),
        ),
      );
    }
  }
  return errors;
}

interface OutlineHeading {
  node: Heading;
  id: string;
  text: string;
  depth: number;
  /** Text, code or media directly under the heading, before the next heading. */
  hasOwnText: boolean;
}

function outlineOf(blocks: RootContent[]): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const id = headingId(block);
    if (!id) return;
    let end = index + 1;
    while (end < blocks.length && blocks[end]!.type !== 'heading') end++;
    out.push({ node: block, id, text: plainText(block).trim(), depth: block.depth, hasOwnText: end > index + 1 });
  });
  return out;
}

function nearIds(headings: OutlineHeading[], wanted: string): string {
  const prefix = wanted.split('-')[0]!;
  const near = headings.filter((heading) => heading.id.startsWith(prefix)).slice(0, 3);
  return near.length ? `; ids on the page that start alike: ${near.map((heading) => heading.id).join(', ')}` : '';
}
