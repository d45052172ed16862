import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, stayOnLoopback } from '../../bench/lib/chromium.ts';

export { CHROMIUM } from '../../bench/lib/chromium.ts';
export const launchBrowser = launchChromium;

/** One Chromium for the enclosing describe block: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (useBrowser() must be called inside describe)');
    return browser;
  };
}

/** Absolute URL of a path on the site under test. */
export function siteUrl(path = '/'): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export interface ConsoleLog {
  /** Console errors of the page and its workers (a failed request or a blocked script logs one), and uncaught exceptions. */
  errors: string[];
  /** `securitypolicyviolation` events: what the Content-Security-Policy blocked. */
  cspViolations: string[];
}

/** A page that records console errors and CSP violations, so a test can assert there were none. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; log: ConsoleLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  await stayOnLoopback(context);
  const page = await context.newPage();
  const log: ConsoleLog = { errors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(`worker ${worker.url()}: ${message.text()}`);
    }),
  );
  page.on('pageerror', (error) => log.errors.push(error.message));
  await page.exposeFunction('__kbReportCspViolation', (violation: string) => log.cspViolations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { __kbReportCspViolation: (violation: string) => void }).__kbReportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
  return { context, page, log };
}
