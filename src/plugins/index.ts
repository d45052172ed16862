import { remarkHeadingIds } from './remark-heading-ids.ts';
import { rehypeLazyImages } from './rehype-lazy-images.ts';
import { rehypeCopyLinkButtons } from './rehype-copy-link-buttons.ts';

/** Markdown plugins the site runs on every page, one concern per plugin. */
export const remarkPlugins = [remarkHeadingIds];
export const rehypePlugins = [rehypeLazyImages];
/** Rehype plugins that work on Starlight's heading wrappers, so run after Starlight's own (src/integrations/answer-links.ts). */
export const afterStarlightRehypePlugins = [rehypeCopyLinkButtons];
