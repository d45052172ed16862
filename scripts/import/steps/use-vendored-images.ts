import { posix } from 'node:path';
import type { Image, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { VENDORED_IMAGES_DIR, type VendoredImages } from '../../../src/lib/vendored-images.ts';
import { paragraph, text } from '../mdast-helpers.ts';

/**
 * A remote image with a local copy (`npm run images:vendor`) is shown from the copy, which
 * Astro's image pipeline then sizes and optimizes; the remote address stays beside it as its
 * 来源 link: a paragraph of its own under an image that is a paragraph by itself, otherwise
 * `（来源：原图）` right after the image. An image without a copy stays remote, as before. `pageFile` is the
 * generated page's path from the project root (`src/content/docs/go/interview`).
 */
export function useVendoredImages(blocks: RootContent[], pageFile: string, vendored: VendoredImages): void {
  const pageDir = posix.dirname(pageFile);
  const copyOf = (image: Image) => (Object.hasOwn(vendored, image.url) ? vendored[image.url] : undefined);
  const localize = (image: Image): Link => {
    const copy = copyOf(image)!;
    const source: Link = { type: 'link', url: image.url, title: null, children: [text('原图')] };
    const local = posix.relative(pageDir, `${VENDORED_IMAGES_DIR}/${copy.file}`);
    image.url = local.startsWith('.') ? local : `./${local}`;
    return source;
  };
  const root: Root = { type: 'root', children: blocks };

  visit(root, 'paragraph', (node: Paragraph, index, parent) => {
    const content = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [image] = content;
    if (content.length !== 1 || image?.type !== 'image' || !copyOf(image) || index === undefined || !parent) return;
    const source = paragraph([text('来源：'), localize(image)]);
    (parent.children as RootContent[]).splice(index + 1, 0, source);
    return [SKIP, index + 2];
  });

  visit(root, 'image', (node: Image, index, parent) => {
    if (!copyOf(node) || index === undefined || !parent) return;
    const after: PhrasingContent[] = [text('（来源：'), localize(node), text('）')];
    (parent.children as PhrasingContent[]).splice(index + 1, 0, ...after);
    return [SKIP, index + 4];
  });
}
