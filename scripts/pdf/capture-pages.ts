/**
 * Reads each chapter as a reader's browser shows it: the built page is opened in Chromium and
 * scrolled through, so whatever its scripts add (to the end of the page, lazily) is in the
 * captured article. The controls that only make sense on screen (anchor and 复制链接 buttons)
 * and the site's generated navigation are left behind.
 */
import type { Browser } from 'playwright-core';

export interface CapturedPage {
  /** The article's HTML (`.sl-markdown-content`), as drawn. */
  article: string;
  /** The 本页来源 aside, or null. */
  sources: string | null;
}

export interface CapturedSite {
  pages: Map<string, CapturedPage>;
  /** The stylesheets the pages use (`<link>` and `<style>` tags from their heads), each once. */
  styles: string[];
}

export async function capturePages(browser: Browser, siteUrl: string, paths: string[], onPage?: (path: string) => void): Promise<CapturedSite> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 }, serviceWorkers: 'block' });
  // Only this machine: a page's remote images are not needed to read its article.
  await context.route((url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname), (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const pages = new Map<string, CapturedPage>();
  const styles = new Set<string>();
  for (const path of paths) {
    onPage?.(path);
    const response = await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
    // Scrolled through, whatever waits to come near the viewport loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForLoadState('networkidle');
    const captured = await page.evaluate(() => {
      const article = document.querySelector('main .sl-markdown-content')?.cloneNode(true) as HTMLElement | undefined;
      article?.querySelectorAll('.sl-anchor-link, .kb-copy-link').forEach((control) => control.remove());
      // What the site generates for navigation (the question index, topic grids) is marked for
      // search to skip, and the book skips it too; a diagram's frame is marked but is its figure's.
      article?.querySelectorAll('[data-pagefind-ignore]').forEach((block) => block.closest('figure') || block.remove());
      const head = [...document.head.querySelectorAll('link[rel="stylesheet"], style')].map((element) => element.outerHTML);
      return { article: article?.innerHTML ?? null, sources: document.querySelector('main .kb-sources')?.outerHTML ?? null, head };
    });
    if (captured.article === null) throw new Error(`${path}: no article (main .sl-markdown-content)`);
    pages.set(path, { article: captured.article, sources: captured.sources });
    captured.head.forEach((style) => styles.add(style));
  }
  await context.close();
  return { pages, styles: [...styles] };
}
