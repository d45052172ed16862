import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';

/** The test of a question: a question mark, a question word, or an asking verb. */
const PHRASED_AS_QUESTION = /[？?]|如何|怎么|怎样|为什么|什么|哪些|哪几|哪种|是否|多少|说说|描述|解释|介绍|谈谈/;

const visibleQuestions = (page: Page) =>
  page.locator('.kb-qi-entry[data-kind="question"]').evaluateAll((entries) =>
    entries.filter((entry) => (entry as HTMLElement).offsetParent !== null).map((entry) => ({ text: entry.querySelector('a')!.textContent!.trim(), tags: (entry as HTMLElement).dataset.tags!.split(' '), group: (entry as HTMLElement).dataset.group! })),
  );

/** The count a reader sees: CSS generated content, which only the accessibility tree resolves. */
async function shownCount(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = (await cdp.send('Runtime.evaluate', { expression: "document.querySelector('.kb-qi__shown')" })) as { result: { objectId: string } };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: true })) as { nodes: { name?: { value?: string } }[] };
  await cdp.detach();
  return nodes.map((node) => node.name?.value ?? '').join(' ');
}

describe('题目索引 in Chromium', () => {
  const browser = useBrowser();

  it('lists at least 150 questions, at least 95% of them phrased as questions, each linking to its answer', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl('questions/'));
    const questions = await visibleQuestions(page);
    expect(questions.length).toBeGreaterThanOrEqual(150);
    const phrased = questions.filter((question) => PHRASED_AS_QUESTION.test(question.text));
    expect(phrased.length / questions.length, questions.filter((question) => !PHRASED_AS_QUESTION.test(question.text)).map((question) => question.text).join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(await page.locator('h2#all-questions').textContent()).toContain(`（${questions.length}）`);
    // Every link lands on a page that has the anchor.
    const hrefs = await page.locator('.kb-qi-entry a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const pages = new Map<string, string>();
    for (const href of hrefs) {
      const url = new URL(href);
      const path = url.pathname;
      if (!pages.has(path)) {
        const response = await page.request.get(`${url.origin}${path}`);
        expect(response.status(), path).toBe(200);
        pages.set(path, await response.text());
      }
      if (url.hash) expect(pages.get(path), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('lists note 000’s 21 questions once, in the author’s words, with its categories as tags', async () => {
    const { context, page } = await openPage(browser());
    await page.goto(siteUrl('questions/'));
    const questions = await visibleQuestions(page);
    const fromTheList = questions.filter((question) => question.tags.includes('面试真题集'));
    expect(fromTheList).toHaveLength(21);
    expect(new Set(fromTheList.map((question) => question.text)).size).toBe(21);
    expect(fromTheList.map((question) => question.text)).toContain('切片和数组有什么区别？切片扩容机制是什么？');
    expect(fromTheList.filter((question) => question.tags.includes('必考'))).toHaveLength(4);
    expect(await page.locator('main').textContent()).not.toContain('题目分类');
    await context.close();
  });

  it('filters by tag and by topic without loading a page, and the count follows', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(siteUrl('questions/'));
    const all = (await visibleQuestions(page)).length;
    expect(await shownCount(page)).toMatch(new RegExp(`\\b${all}\\s*道题`));
    let navigations = 0;
    page.on('framenavigated', () => navigations++);

    await page.locator('label', { hasText: '必考' }).click();
    const mustKnow = await visibleQuestions(page);
    expect(mustKnow.length).toBe(4);
    expect(mustKnow.every((question) => question.tags.includes('必考'))).toBe(true);
    expect(await shownCount(page)).toMatch(/\b4\s*道题/);
    // A topic with none of them is hidden with its heading.
    expect(await page.locator('#topic-kafka').isVisible()).toBe(false);

    await page.locator('fieldset', { hasText: '标签' }).locator('label', { hasText: '全部' }).click();
    await page.locator('fieldset', { hasText: '主题' }).locator('label', { hasText: 'etcd' }).click();
    const etcd = await visibleQuestions(page);
    expect(etcd.length).toBeGreaterThan(5);
    expect(etcd.every((question) => question.group === 'etcd')).toBe(true);
    expect(await shownCount(page)).toMatch(new RegExp(`\\b${etcd.length}\\s*道题`));

    // Both at once: their intersection.
    await page.locator('label', { hasText: '面试真题集' }).click();
    const both = await visibleQuestions(page);
    expect(both.map((question) => question.text)).toEqual(['etcd在分布式系统中有哪些应用场景？']);

    expect(navigations).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('marks the questions the site wrote, and has a table of contents of its topics with their counts', async () => {
    const { context, page } = await openPage(browser());
    await page.goto(siteUrl('questions/'));
    const marked = await page.locator('.kb-qi-entry:has(.kb-site-wording)').count();
    const site = await page.locator('.kb-qi-entry').evaluateAll((entries) => entries.filter((entry) => entry.querySelector('.kb-site-wording')).length);
    expect(marked).toBe(site);
    expect(marked).toBeGreaterThan(0);
    const toc = page.locator('nav.kb-qi__toc a');
    expect(await toc.count()).toBeGreaterThanOrEqual(12);
    await toc.filter({ hasText: 'Kafka' }).click();
    expect(new URL(page.url()).hash).toBe('#topic-kafka');
    await context.close();
  });
});
