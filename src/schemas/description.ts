import { z } from 'astro/zod';

/** The longest description a search result or link preview shows whole. */
export const MAX_DESCRIPTION_LENGTH = 80;
const URL_LIKE = /(?:https?:|ftp:)\/\/|www\.|\b[\w-]+\.(?:com|cn|io|org|net)\b/i;
const SENTENCE_END = /[。！？]$/u;

/**
 * A written description: one sentence, at most 80 characters, no URL (source links are
 * shown as 来源 links, never as descriptions), ending with its full stop (so never cut off).
 */
export const descriptionSchema = z
  .string({ error: (issue) => (issue.input === undefined ? `write a one-sentence description (at most ${MAX_DESCRIPTION_LENGTH} characters, ending in 。)` : undefined) })
  .trim()
  .min(8, 'write a one-sentence description (8 to 80 characters)')
  .max(MAX_DESCRIPTION_LENGTH, `a description is one sentence of at most ${MAX_DESCRIPTION_LENGTH} characters`)
  .refine((value) => !URL_LIKE.test(value), 'a description holds no URL; a source URL stays a 来源 link on the page')
  .refine((value) => SENTENCE_END.test(value), 'a description is a whole sentence ending in 。, ！ or ？')
  .refine((value) => !/[。！？]/u.test(value.slice(0, -1)), 'a description is one sentence (only its last character ends a sentence)');
