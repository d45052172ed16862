import type { Heading, RootContent } from 'mdast';
import type { LocatedError } from '../../../src/lib/located-error.ts';
import type { QuestionEntry } from '../../../src/schemas/question-catalogue.ts';
import { ImportError } from '../errors.ts';
import { paragraph, plainText, text } from '../mdast-helpers.ts';
import { headingSource } from '../route-sections.ts';
import { headingId } from './assign-anchor-ids.ts';

/** A heading that ends like a sentence (`…来实现。`) is the first sentence of its answer. */
const SENTENCE_END = /[。．！]$/u;
/** Deeper headings, and numbered ones (`1.生产者…都有可能。`), are points inside an answer. */
const ANSWER_DEPTH = 3;
const NUMBERED = /^\s*\d+\s*[.、．]/u;

/**
 * A "heading" that is a sentence of an answer (`在 Kubernetes 集群中，高可用的保证通常通过…
 * 来实现。`) becomes the answer's first paragraph, word for word. The answer keeps its place
 * and its id under a heading that asks the question the catalogue declares for it, written
 * by the site's editors (wording `site`), so every answer on the page still has a heading.
 */
export function titleSentenceHeadings(page: { path: string; blocks: RootContent[] }, questionOf: (anchor: string) => QuestionEntry | undefined): LocatedError[] {
  const errors: LocatedError[] = [];
  const out: RootContent[] = [];
  for (const block of page.blocks) {
    out.push(block);
    if (block.type !== 'heading' || block.depth > ANSWER_DEPTH) continue;
    const wording = plainText(block).trim();
    if (!SENTENCE_END.test(wording) || NUMBERED.test(wording)) continue;
    const id = headingId(block);
    const entry = id ? questionOf(id) : undefined;
    if (!entry || entry.wording !== 'site') {
      const source = headingSource(block);
      errors.push(
        new ImportError(
          source ? `notes/${source.file}` : page.path,
          source?.line,
          `heading "${wording}" (/${page.path}/#${id}) is a sentence of its answer: it becomes the answer's first paragraph, under the question its catalogue entry declares (wording: site)`,
        ),
      );
      continue;
    }
    const sentence = paragraph(block.children);
    if (block.position) sentence.position = block.position;
    const question: Heading = { ...block, children: [text(entry.question)] };
    out[out.length - 1] = question;
    out.push(sentence);
  }
  page.blocks.splice(0, page.blocks.length, ...out);
  return errors;
}
