import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { rehypeMermaidDiagrams } from './rehype-mermaid-diagrams.ts';
import { rehypeLazyImages } from './rehype-lazy-images.ts';
import { rehypeSanitizeMarkdownPages } from './rehype-sanitize-markdown-pages.ts';
import { remarkSiteDirectives } from './remark-site-directives.ts';
import { rehypeCopyLinkButtons } from './rehype-copy-link-buttons.ts';
import { rehypeRelatedQuestions } from './rehype-related-questions.ts';
import { rehypeSiteWordedHeadings } from './rehype-site-worded-headings.ts';

/** Markdown plugins the site runs on every page, one concern per plugin. */
/** remark-cjk-friendly: `**分区（Partition）**的方式` is bold in Chinese prose, as the importer wrote it. */
export const remarkPlugins = [remarkCjkFriendly, remarkHeadingIds, remarkSiteDirectives];
/**
 * The sanitizer runs first: everything after it is the site's own, trusted markup. That includes
 * rehype-mermaid-diagrams, which adds pre-rendered SVG (build output of diagrams/, never a note's),
 * the marks on headings the site wrote, and 相关问题.
 */
export const rehypePlugins = [rehypeSanitizeMarkdownPages, rehypeMermaidDiagrams, rehypeLazyImages, rehypeSiteWordedHeadings, rehypeRelatedQuestions];
/** Rehype plugins that work on Starlight's heading wrappers, so run after Starlight's own (src/integrations/answer-links.ts). */
export const afterStarlightRehypePlugins = [rehypeCopyLinkButtons];

/** The site's search index: one Pagefind record per answer (replaces Starlight's indexing step). */
export { searchIndex } from './search-index/index.ts';
