import { z } from 'astro/zod';

/** The longest anchor id; longer slugs are cut at a word boundary. */
export const MAX_ANCHOR_ID_LENGTH = 48;

/**
 * A stable answer id: short lower-case ASCII words joined by hyphens, never ending in
 * `-<number>` (the importer numbers repeated headings on a page that way).
 */
export const anchorIdSchema = z
  .string()
  .max(MAX_ANCHOR_ID_LENGTH)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'an anchor id is lower-case ASCII words joined by hyphens')
  .refine((id) => !/-\d+$/.test(id), 'an anchor id never ends in -<number>: the importer numbers repeated headings that way');

/**
 * `src/content/anchor-ids.yaml`: curated English ids for headings, keyed by the heading's
 * normalized text (plain text, no leading emoji, single spaces). Headings not listed get a
 * pinyin slug.
 */
export const curatedAnchorIdsSchema = z.record(z.string().min(1), anchorIdSchema);

export type CuratedAnchorIds = z.output<typeof curatedAnchorIdsSchema>;
