import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT, readBuilt } from '../support/dist.ts';
import { openPage, siteUrl, useBrowser } from '../support/browser.ts';

/** The answer page with the most code blocks among those that also have a table and a diagram. */
function pageWithCodeTableAndDiagram(): string {
  const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
  const candidates = builtPages()
    .map((file) => ({ file, html: readBuilt(file) }))
    .filter(({ html }) => count(html, /<table/g) > 0 && count(html, /class="kb-diagram"/g) > 0 && count(html, /class="expressive-code/g) > 0)
    .sort((a, b) => count(b.html, /class="expressive-code/g) - count(a.html, /class="expressive-code/g) || a.file.localeCompare(b.file));
  if (!candidates[0]) throw new Error(`no page in ${DIST} has code, a table and a diagram`);
  return candidates[0].file.replace(/index\.html$/, '');
}

describe('printing an answer page (print media in Chromium)', () => {
  const browser = useBrowser();

  it('hides the controls, wraps code, fits tables and diagrams, prints closed details open but not a diagram’s source, keeps headings with their text', async () => {
    const path = pageWithCodeTableAndDiagram();
    const { context, page } = await openPage(browser(), { viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    // A collapsed <details> of the article's own (a note may have one), to see how it prints.
    await page.evaluate(() => {
      const details = document.createElement('details');
      details.id = 'kb-test-details';
      details.innerHTML = '<summary>展开</summary><p>折叠的内容</p>';
      document.querySelector('.sl-markdown-content')?.append(details);
    });
    const facts = await page.evaluate(() => {
      const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.offsetParent !== null || getComputedStyle(element).position === 'fixed').length;
      const overflowing = [...document.querySelectorAll<HTMLElement>('main table, main pre, main figure, main svg')].filter((element) => element.getBoundingClientRect().right > document.querySelector('main')!.getBoundingClientRect().right + 1);
      const codeLine = document.querySelector('.expressive-code .ec-line .code');
      const wrapper = document.querySelector('.sl-markdown-content .sl-heading-wrapper');
      const diagrams = [...document.querySelectorAll('.kb-diagram')].map((diagram) => {
        const source = diagram.querySelector('details');
        return { drawn: diagram.querySelector('svg') !== null, sourceShown: source !== null && getComputedStyle(source).display !== 'none' };
      });
      const details = document.getElementById('kb-test-details')!;
      const detailsOpen = getComputedStyle(details, '::details-content').contentVisibility === 'visible' && (details.querySelector('p') as HTMLElement).getClientRects().length > 0;
      return {
        controls: shown('nav.sidebar, site-search, .kb-copy-link, .sl-anchor-link, .pagination-links, starlight-toc, .kb-offline-link, mobile-starlight-toc'),
        overflowing: overflowing.map((element) => element.tagName),
        codeWhiteSpace: codeLine ? getComputedStyle(codeLine).whiteSpace : null,
        headingBreak: wrapper ? getComputedStyle(wrapper).breakAfter : null,
        diagrams,
        detailsOpen,
      };
    });
    expect(facts.controls).toBe(0);
    expect(facts.overflowing).toEqual([]);
    expect(facts.codeWhiteSpace).toBe('pre-wrap');
    expect(facts.headingBreak).toBe('avoid');
    expect(facts.detailsOpen).toBe(true);
    // A diagram prints as its drawing, without its source.
    expect(facts.diagrams.length).toBeGreaterThan(0);
    expect(facts.diagrams).toEqual(facts.diagrams.map(() => ({ drawn: true, sourceShown: false })));
    const shots = join(ROOT, 'tests', 'e2e', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `print-${path.replaceAll('/', '_')}.png`), fullPage: true });
    await context.close();
  });

  it('prints the address after a link to another site, unless the link text is the address', async () => {
    const file = builtPages().find((candidate) => /<a href="https?:[^"]*" data-print-href/.test(readBuilt(candidate)) && /<a href="(https?:[^"]*)">\1<\/a>/.test(readBuilt(candidate)));
    if (!file) throw new Error('no page has both a named and a bare external link');
    const { context, page } = await openPage(browser());
    await page.emulateMedia({ media: 'print' });
    await page.goto(siteUrl(file.replace(/index\.html$/, '')));
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content a[href^="http"]')].map((link) => ({
        bare: link.textContent?.trim() === link.getAttribute('href'),
        after: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href')!,
      })),
    );
    for (const link of links) {
      if (link.bare) expect(link.after, link.href).toBe('none');
      else expect(link.after, link.href).toContain(link.href);
    }
    expect(links.some((link) => link.bare) && links.some((link) => !link.bare)).toBe(true);
    await context.close();
  });

  it('prints the question index without its filter controls, with what the filter shows', async () => {
    const { context, page } = await openPage(browser());
    await page.emulateMedia({ media: 'print' });
    await page.goto(siteUrl('questions/'), { waitUntil: 'networkidle' });
    const facts = await page.evaluate(() => ({
      filters: document.querySelectorAll('.kb-qi__filters').length,
      filtersShown: [...document.querySelectorAll<HTMLElement>('.kb-qi__filters')].filter((form) => form.getClientRects().length > 0).length,
      shownCount: (document.querySelector<HTMLElement>('.kb-qi__shown')?.getClientRects().length ?? 0) > 0,
      questions: [...document.querySelectorAll<HTMLElement>('.kb-qi__group li a')].filter((link) => link.getClientRects().length > 0).length,
    }));
    expect(facts.filters).toBe(1);
    expect(facts.filtersShown).toBe(0);
    expect(facts.shownCount).toBe(true);
    expect(facts.questions).toBeGreaterThan(100);
    await context.close();
  });
});
