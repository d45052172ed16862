import type { Heading, RootContent } from 'mdast';
import { pinyin } from 'pinyin-pro';
import { visit } from 'unist-util-visit';
import { plainText } from '../mdast-helpers.ts';
import { sectionTitle } from '../sections.ts';

const MAX_ID_LENGTH = 48;
/** Words that add length but no meaning to a slug. */
const FILLER = new Set(['de', 'le']);
/** The author's own numbering (`1.`, `2.1`, `3、`) is not part of a question's identity. */
const LEADING_NUMBER = /^\d+(?:\.\d+)*\s*[.、)）:：]?\s*/u;

export interface HeadingData {
  id?: string;
}

export function headingId(node: Heading): string | undefined {
  return (node.data as HeadingData | undefined)?.id;
}

/**
 * Every heading gets a stable, readable ASCII id written into the page source: a curated
 * English id where one is declared, otherwise a pinyin slug of the heading. Ids are unique
 * within the page (`-2`, `-3` … for repeats).
 */
export function assignAnchorIds(blocks: RootContent[], curated: ReadonlyMap<string, string>): void {
  const used = new Set<string>();
  visit({ type: 'root', children: blocks }, 'heading', (node: Heading) => {
    const title = sectionTitle(plainText(node));
    const base = curated.get(title) ?? slugify(title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    node.data = { ...(node.data ?? {}), id } as Heading['data'];
  });
}

/** `Go的GMP调度模型` → `go-gmp-diao-du-mo-xing`: lower-case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  const words = pinyin(title.replace(LEADING_NUMBER, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/))
    .filter((word) => word !== '' && !FILLER.has(word));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    slug = next;
  }
  return slug || 'section';
}
