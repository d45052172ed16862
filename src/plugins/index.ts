import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkMermaidDiagrams } from './remark-mermaid-diagrams.ts';
import { rehypeLazyImages } from './rehype-lazy-images.ts';

/** Markdown plugins the site runs on every page, one concern per plugin. */
export const remarkPlugins = [remarkHeadingIds, remarkMermaidDiagrams];
export const rehypePlugins = [rehypeLazyImages];
