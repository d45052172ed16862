import type { Heading, Image, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { plainText } from '../mdast-helpers.ts';
import { hasCjk } from '../text.ts';
import { SITE_DIRECTIVES } from '../../../src/lib/site-directives.ts';

/** Alt texts that are file names or screenshot ids (`QQ_1721205538541`, `image (2)`, `640 (4)`), not descriptions. */
const FILE_NAME_ALT = /^(?:(?:image|img|screenshot|qq)[\s_-]*[\d\s()_-]*|[\d\s()_-]+|image-\d+|[\w.-]*\d{6,}[\w.-]*)$/i;

/**
 * Images need alt text a screen reader can say. Where the author's alt is a file name, the
 * image is described by the section it illustrates (`分布式 ID 示意图`).
 */
export function describeImages(blocks: RootContent[], pageTitle: string): void {
  let section = pageTitle;
  const counts = new Map<string, number>();
  visit({ type: 'root', children: blocks }, (node) => {
    if (node.type === 'heading') {
      section = plainText((node as Heading).children).trim() || pageTitle;
      return;
    }
    if (node.type === 'image') describe(node as Image);
    if (node.type === 'leafDirective') {
      const notice = node as LeafDirective;
      if (notice.name === SITE_DIRECTIVES.missingImage && isFileName(plainText(notice.children))) notice.children = [{ type: 'text', value: label() }];
    }
  });

  function describe(image: Image): void {
    if (!isFileName(image.alt ?? '')) return;
    image.alt = label();
  }
  function label(): string {
    const n = (counts.get(section) ?? 0) + 1;
    counts.set(section, n);
    return n === 1 ? `${section} 示意图` : `${section} 示意图 ${n}`;
  }
}

function isFileName(alt: string): boolean {
  const value = alt.trim();
  return value === '' || (!hasCjk(value) && FILE_NAME_ALT.test(value));
}
