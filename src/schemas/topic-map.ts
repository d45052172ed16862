import { z } from 'astro/zod';
import { SITE_VIEWS } from '../lib/site-directives.ts';
import { descriptionSchema } from './description.ts';

/**
 * The topic map: where every section of every note is published. Topics (sidebar groups)
 * are the files `src/content/topics/<topic-id>.yaml`; pages outside the topics are in
 * `src/content/standalone-pages.yaml`; category headings whose questions are spread over
 * topics are in `src/content/dissolved-headings.yaml`. A section no page claims is an import error.
 */

/** Lower-case ASCII words joined by hyphens: a topic id or a page slug, part of the URL. */
export const slugSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case ASCII words joined by hyphens (it is part of the URL)');

/** A note id: the three-digit prefix of a file in notes/. */
export const noteIdSchema = z.string().regex(/^\d{3}$/, 'a note id is the three digits its file name starts with, quoted: \'001\'');

/** Names one section of a note (a heading and everything under it) that a page is made of. */
export const sourceSelectorSchema = z.strictObject({
  /** Note id: the file's three-digit prefix. */
  note: noteIdSchema,
  /** Heading text of the section, as normalized (no Markdown, no leading emoji, single spaces). */
  heading: z.string().min(1),
  /** Title of the parent section, to tell apart sections with the same title. */
  under: z.string().min(1).optional(),
  /** 1-based occurrence among the sections with this title (after `under`). */
  nth: z.number().int().positive().optional(),
  /** Also claims the following sibling sections, up to and including the one with this title. */
  through: z.string().min(1).optional(),
  /** A clearer heading for this section on the page; must contain the original text. */
  retitle: z.string().min(1).optional(),
  /** On a single-source page, keep the section's own heading instead of using it as the page title. */
  keepHeading: z.boolean().optional(),
});

/** What the site shows after a page's own content (src/components/overrides/MarkdownContent.astro). */
export const siteViewSchema = z.enum(SITE_VIEWS);

const pageFields = {
  /** Page title; defaults to the title of its only source section. */
  title: z.string().min(1).optional(),
  /** One written sentence for search results, link previews and the topic overview's card. */
  description: descriptionSchema,
  /** A site view rendered after the page's own content. */
  siteView: siteViewSchema.optional(),
  /**
   * Titles of sections inside the page's sources that its site view replaces (note 000's
   * hand-written table of contents, replaced by the question index). Their lines are
   * reviewed drops.
   */
  replacedBySiteView: z.array(z.string().min(1)).min(1).optional(),
  /** The note sections the page is made of, in order. */
  sources: z.array(sourceSelectorSchema).min(1),
};

export const pageSchema = z.strictObject({
  /** The page's URL segment below its topic: `interview` in `/go/interview/`. */
  slug: slugSchema,
  ...pageFields,
});

/** One file `src/content/topics/<id>.yaml`: a sidebar group, its overview and its pages. */
export const topicSchema = z.strictObject({
  /** Sidebar and card label. */
  label: z.string().min(1),
  /** One sentence for the home page card and the topic overview. */
  summary: descriptionSchema,
  /** Position among the topics (home page, sidebar); unique. */
  order: z.number().int().nonnegative(),
  pages: z.array(pageSchema).min(1),
});

/** `src/content/standalone-pages.yaml`: pages outside the topics, keyed by their slug. */
export const standalonePagesSchema = z.record(slugSchema, z.strictObject(pageFields));

/** A category heading whose questions are spread over topics; its heading line is dropped (a reviewed drop). */
export const dissolvedHeadingSchema = z.strictObject({
  note: noteIdSchema,
  heading: z.string().min(1),
  under: z.string().min(1).optional(),
});

export const dissolvedHeadingsSchema = z.array(dissolvedHeadingSchema);

export type SourceSelector = z.output<typeof sourceSelectorSchema>;
export type SiteView = z.output<typeof siteViewSchema>;
export type PageSpec = z.output<typeof pageSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type DissolvedHeading = z.output<typeof dissolvedHeadingSchema>;

/** A topic as the importer and the site use it: its data plus its id (the file name). */
export interface TopicSpec extends TopicData {
  id: string;
}
