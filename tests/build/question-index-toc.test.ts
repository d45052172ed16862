import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../support/dist.ts';

/** 本页内容 of the question index: the topics its view writes are reachable from the table of contents. */
const tree = fromHtml(readBuilt('questions/index.html')) as Root;
const tocLinks = (selector: string) =>
  selectAll(`${selector} a[href^="#"]`, tree).map((link) => ({ href: String((link as Element).properties.href), text: toString(link).trim() }));

describe('the question index’s table of contents', () => {
  const topicHeadings = selectAll('.kb-qi h3[id^="topic-"]', tree).map((heading) => ({ id: String(heading.properties.id), text: toString(heading).trim() }));

  it('lists every topic of the index, in the index’s order, under 全部题目', () => {
    expect(topicHeadings.length).toBeGreaterThanOrEqual(12);
    for (const toc of ['starlight-toc', 'mobile-starlight-toc']) {
      const links = tocLinks(toc);
      const all = links.findIndex((link) => link.href === '#all-questions');
      expect(all, `${toc} has 全部题目`).toBeGreaterThan(-1);
      expect(links[all]!.text).toBe(toString(select('#all-questions', tree)!).trim());
      expect(links.slice(all + 1).map(({ href, text }) => ({ id: href.slice(1), text }))).toEqual(topicHeadings);
    }
  });

  it('points only at ids the page has', () => {
    const ids = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
    const missing = tocLinks('starlight-toc').filter(({ href }) => href !== '#_top' && !ids.has(decodeURIComponent(href.slice(1))));
    expect(missing).toEqual([]);
  });
});
