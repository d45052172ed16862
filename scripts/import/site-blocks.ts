import type { BlockContent, DefinitionContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { SITE_DIRECTIVES } from '../../src/lib/site-directives.ts';

// The site's own blocks as Markdown directives (rendered by src/plugins/remark-site-directives.ts).

/** The full wording of an interview question, above its answer. */
export function questionBlock(children: (BlockContent | DefinitionContent)[]): ContainerDirective {
  return { type: 'containerDirective', name: SITE_DIRECTIVES.question, attributes: {}, children };
}

/** A heading the author wrote down without text yet: `::empty-section[标题]`, the heading's words its label. */
export function emptySectionBlock(title: string): LeafDirective {
  return { type: 'leafDirective', name: SITE_DIRECTIVES.emptySection, attributes: {}, children: title ? [{ type: 'text', value: title }] : [] };
}

/** A local image the note refers to but that was never shipped: its alt text is the label. */
export function missingImageBlock(src: string, alt: string): LeafDirective {
  return { type: 'leafDirective', name: SITE_DIRECTIVES.missingImage, attributes: { src }, children: alt ? [{ type: 'text', value: alt }] : [] };
}
