/**
 * Prints the book's HTML to PDF with Chromium (`page.pdf`): A4, the site's print stylesheet,
 * a running title in the header and page numbers in the footer, bookmarks from the headings
 * (`outline`) and a tagged, accessible PDF. The HTML is served at a made-up path of the site's
 * own origin, so the pages' styles, fonts and images load as they do on the site.
 */
import type { Browser } from 'playwright-core';

export interface RenderOptions {
  /** The site's address on loopback, with its base: `http://127.0.0.1:4321/`. */
  siteUrl: string;
  /** Shown in each page's header. */
  runningTitle: string;
  /** Whether images on other hosts may be fetched (a machine with internet); otherwise they are named, not shown. */
  remoteImages: boolean;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** Header and footer templates render outside the page's CSS: they carry their own font and size. */
const TEMPLATE_STYLE = "font-family: 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; font-size: 9px; color: #666; width: 100%; margin: 0 16mm;";

export async function renderPdf(browser: Browser, html: string, outFile: string, options: RenderOptions): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const bookUrl = new URL('__book__/', options.siteUrl).href;
  await context.route(bookUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await context.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
    (route) => (options.remoteImages && route.request().resourceType() === 'image' ? route.continue() : route.abort('blockedbyclient')),
  );
  const page = await context.newPage();
  await page.goto(bookUrl, { waitUntil: 'load', timeout: 300_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // An image that did not load is described in its place rather than printed as an empty box.
    for (const image of [...document.images]) {
      if (image.closest('svg')) continue;
      await image.decode().catch(() => undefined);
      if (image.complete && image.naturalWidth > 0) continue;
      const note = document.createElement('p');
      note.className = 'kb-book-missing-image';
      note.textContent = `图片未能载入：${image.alt || '（无说明）'}（${image.src}）`;
      image.replaceWith(note);
    }
  });
  await page.pdf({
    path: outFile,
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE} text-align: right;">${escapeHtml(options.runningTitle)}</div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    outline: true,
    tagged: true,
  });
  await context.close();
}
