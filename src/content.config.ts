import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readQuestionCatalogue } from './lib/content-model/question-catalogue.ts';
import { readTopicMap } from './lib/content-model/topic-map.ts';
import { answerKey, questionEntrySchema } from './schemas/question-catalogue.ts';
import { topicSchema } from './schemas/topic-map.ts';
import { SITE_VIEWS } from './lib/site-directives.ts';

/** Where a page's text comes from: a note file and the lines it spans. */
const source = z.object({
  note: z.string(),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  heading: z.string(),
});

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Topic id (sidebar group) the page belongs to. */
        topic: z.string().optional(),
        /** Position of a topic on the home page; set on the topic's overview page. */
        topicOrder: z.number().int().nonnegative().optional(),
        sources: z.array(source).optional(),
        /** The note's own heading, when the page title reworded it. */
        originalHeading: z.string().optional(),
        /** Navigation appended after the page's Markdown (src/components/overrides/MarkdownContent.astro). */
        siteView: z.enum(SITE_VIEWS).optional(),
        /** Written by `npm run import`; regenerated pages must not be edited by hand. */
        generated: z.boolean().optional(),
      }),
    }),
  }),
  /**
   * The topic map (src/content/topics/<id>.yaml), one entry per topic keyed by its id. Read
   * with the same validating reader as the importer, so both see one model.
   */
  topics: defineCollection({
    loader: () => Object.fromEntries(readTopicMap().topics.map(({ id, ...topic }) => [id, topic])),
    schema: topicSchema,
  }),
  /** The question catalogue (src/content/questions/*.yaml), one entry per answer keyed `/page/#anchor`. */
  questions: defineCollection({
    loader: () => Object.fromEntries(readQuestionCatalogue().entries.map((entry) => [answerKey(entry), entry])),
    schema: questionEntrySchema,
  }),
  /** UI strings Starlight lacks for zh-CN: the search dialog's (Pagefind UI) messages. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
