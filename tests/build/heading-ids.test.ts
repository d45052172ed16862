import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist.ts';

/** Lower-case ASCII words joined by hyphens: readable in a shared URL, never percent-encoded. */
const READABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface HeadingWrapper {
  page: string;
  level: string;
  id: unknown;
  copyAnchor: unknown;
}

/** The Markdown headings of every built page: Starlight's wrapper, its heading and our copy button. */
function headingWrappers(): HeadingWrapper[] {
  return builtPages().flatMap((page) => {
    const found: HeadingWrapper[] = [];
    visit(fromHtml(readBuilt(page)), 'element', (node: Element) => {
      if (!node.properties.className?.includes('sl-heading-wrapper')) return;
      const heading = node.children.find((child): child is Element => child.type === 'element');
      let copyAnchor: unknown = null;
      visit(node, 'element', (inner: Element) => {
        if (inner.tagName === 'button') copyAnchor = inner.properties.dataCopyAnchor;
      });
      found.push({ page, level: heading?.tagName ?? '?', id: heading?.properties.id, copyAnchor });
    });
    return found;
  });
}

describe('content headings', () => {
  const wrappers = headingWrappers();

  it('are all found', () => {
    expect(wrappers.length).toBeGreaterThan(400);
  });

  it('have a readable ASCII id, never Chinese or percent-encoded', () => {
    const bad = wrappers.filter((wrapper) => typeof wrapper.id !== 'string' || !READABLE_ID.test(wrapper.id));
    expect(bad.map((wrapper) => `${wrapper.page}: ${wrapper.level}#${String(wrapper.id)}`)).toEqual([]);
  });

  it('have ids unique on their page', () => {
    const seen = new Set<string>();
    const repeated = wrappers.map((wrapper) => `${wrapper.page}#${String(wrapper.id)}`).filter((key) => seen.has(key) || !seen.add(key));
    expect(repeated).toEqual([]);
  });

  it('carry a 复制链接 button for their own id when they are answers (h2, h3)', () => {
    const wrong = wrappers.filter((wrapper) => (['h2', 'h3'].includes(wrapper.level) ? wrapper.copyAnchor !== wrapper.id : wrapper.copyAnchor !== null));
    expect(wrong.map((wrapper) => `${wrapper.page}: ${wrapper.level}#${String(wrapper.id)} → ${String(wrapper.copyAnchor)}`)).toEqual([]);
  });
});
