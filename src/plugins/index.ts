import { remarkHeadingIds } from './remark-heading-ids.ts';
import { rehypeLazyImages } from './rehype-lazy-images.ts';

/** Markdown plugins the site runs on every page, one concern per plugin. */
export const remarkPlugins = [remarkHeadingIds];
export const rehypePlugins = [rehypeLazyImages];

/** The site's search index: one Pagefind record per answer (replaces Starlight's indexing step). */
export { searchIndex } from './search-index/index.ts';
