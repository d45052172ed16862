/**
 * The Markdown directives generated pages use to reach the site's own blocks. The importer
 * writes them (scripts/import/) and src/plugins/remark-site-directives.ts renders them; a
 * note's own text can never produce one, because the importer escapes the `:` that would
 * start a directive. Plain data: importable from the importer and from the site alike.
 */
export const SITE_DIRECTIVES = {
  /** `:::question` … `:::`: the full wording of an interview question, shown above its answer. */
  question: 'question',
  /** `::empty-section`: a heading the author wrote down without text yet. */
  emptySection: 'empty-section',
  /** `::missing-image[alt]{src="…"}`: a local image the note refers to but never shipped. */
  missingImage: 'missing-image',
} as const;

export type SiteDirectiveName = (typeof SITE_DIRECTIVES)[keyof typeof SITE_DIRECTIVES];

/**
 * Site views appended after a generated page's Markdown (frontmatter `siteView`), rendered by
 * the MarkdownContent override: navigation built from the content model, not from a note.
 */
export const SITE_VIEWS = ['topic-grid', 'topic-overview', 'question-index'] as const;
export type SiteView = (typeof SITE_VIEWS)[number];
