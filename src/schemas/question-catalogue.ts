import { z } from 'astro/zod';

/**
 * The question catalogue: one entry per answer on the site, in `src/content/questions/<file>.yaml`,
 * one file per topic (or per standalone page), named after it. An answer is a heading of a
 * page and everything under it; its identity is the page and the heading's id together,
 * written `/go/interview/#gmp-scheduler`, the form anchors.lock.json uses.
 */

/** A page path without slashes at either end: `go/interview`, `interview-tips`. */
export const pagePathSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'a page path has no slashes at its ends: go/interview');

/** A heading id on its page (`gmp-scheduler`, `reader-2`), or `_top` for a page that is itself the answer. */
export const headingIdSchema = z.union([z.literal('_top'), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a heading id is lower-case ASCII words joined by hyphens (or _top for the page itself)')]);

/** Who wrote the question's wording. */
export const wordingSchema = z.enum([
  /** The note's own question: 000's 问题 lines, 003's bullets, headed questions in 001/004. */
  'author',
  /** A prompt the site's editors wrote for a knowledge-point section; shown marked as the site's. */
  'site',
]);

export const answerKindSchema = z.enum([
  /** An answer to an interview question. */
  'question',
  /** Command lists, installation steps, code walk-throughs: listed apart from the questions. */
  'reference',
]);

/** A tag: 000's own categories (必考, 重点, 核心, 常考), a frequency (高频) or a source list. */
export const tagSchema = z.string().min(1).max(12).regex(/^\S+$/, 'a tag is one word without spaces');

export const questionEntrySchema = z.strictObject({
  /** The page the answer is on. */
  page: pagePathSchema,
  /** The id of the answer's heading on that page. */
  anchor: headingIdSchema,
  /** The question, as a reader would be asked it. */
  question: z.string().trim().min(2),
  wording: wordingSchema,
  tags: z.array(tagSchema).default([]),
  kind: answerKindSchema,
});

/** One catalogue file: its entries in page order. */
export const questionCatalogueFileSchema = z.array(questionEntrySchema);

export type QuestionEntry = z.output<typeof questionEntrySchema>;
export type Wording = z.output<typeof wordingSchema>;
export type AnswerKind = z.output<typeof answerKindSchema>;

/** `/go/interview/#gmp-scheduler`: an answer's identity, as anchors.lock.json writes it. */
export function answerKey(entry: Pick<QuestionEntry, 'page' | 'anchor'>): string {
  return `/${entry.page}/#${entry.anchor}`;
}

/** The topic of a page: its first path segment, or null for a standalone page (`interview-tips`). */
export function topicOfPage(page: string): string | null {
  const at = page.indexOf('/');
  return at < 0 ? null : page.slice(0, at);
}
