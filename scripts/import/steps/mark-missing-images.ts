import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Image, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { startLine } from '../mdast-helpers.ts';
import { missingImageBlock } from '../site-blocks.ts';
import type { StepContext } from '../types.ts';

/**
 * A note may point at local images its author never shipped (`image/image-2025….png`).
 * Those become a visible 图片缺失 notice instead of a broken image; remote images stay.
 */
export function markMissingImages(publicDir: string) {
  return function markMissing(tree: Root, context: StepContext): void {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const images = node.children.filter((child): child is Image => child.type === 'image');
      const missing = images.filter((image) => isLocal(image.url) && !existsSync(join(publicDir, image.url)));
      if (missing.length === 0) return;
      if (missing.length !== node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '').length) {
        context.warn(startLine(node), 'missing image shares its paragraph with text; left inline');
        return;
      }
      const notices = missing.map((image) => ({ ...missingImageBlock(image.url, image.alt ?? ''), position: node.position }));
      parent.children.splice(index, 1, ...(notices as never[]));
      return [SKIP, index + notices.length];
    });
  };
}

function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);
}
