import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { representativePages } from '../../bench/lib/page-types.ts';
import { startServer } from '../../scripts/serve.ts';
import { cacheName } from '../../src/integrations/offline/cache-routes.ts';
import type { OfflineFileList } from '../../src/integrations/offline/offline-files.ts';
import { writeOfflineSupport } from '../../src/integrations/offline/offline-support.ts';
import { DIST, ROOT } from '../support/dist.ts';
import { openPage, useBrowser } from '../support/browser.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

/** Waits until the service worker controls the page and has finished installing (precache done). */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.active?.state;
  });
}

/** Whether a URL is stored in one of the worker's caches. */
function isCached(page: Page, cache: string, url: string): Promise<boolean> {
  return page.evaluate(async ([name, key]) => (await (await caches.open(name!)).match(key!)) !== undefined, [cache, url]);
}

/** The text a page shows in its article (what a reader came for). */
const articleText = (page: Page) => page.locator('main').innerText();

/**
 * Reading offline, in Chromium, against a copy of dist/ served on loopback (the update test
 * changes the copy). A context is one browser profile: its worker and caches start empty.
 */
describe('offline reading', () => {
  const browser = useBrowser();
  let copy = '';
  let server: Server | undefined;
  let origin = '';
  const url = (path: string) => `${origin}${BASE}${path}`;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'kb-offline-'));
    cpSync(DIST, copy, { recursive: true });
    server = await startServer(copy, 0, '127.0.0.1', BASE);
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('server has no address');
    origin = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  const list = (): OfflineFileList => JSON.parse(readFileSync(join(copy, 'offline-files.json'), 'utf8')) as OfflineFileList;

  it('a first visit leaves its first seconds to the page: the worker is registered only after a delay, at once on 离线阅读', async () => {
    const { context, page } = await openPage(browser());
    // The page's timers run on a controlled clock, so nothing here depends on the machine's speed.
    await page.clock.install();
    await page.goto(url(''), { waitUntil: 'load' });
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    await page.clock.runFor(4_000);
    expect(await registered()).toBe(false);
    await page.clock.runFor(12_000);
    await expect.poll(registered).toBe(true);
    await context.close();

    const offline = await openPage(browser());
    await offline.page.clock.install();
    await offline.page.goto(url('offline/'), { waitUntil: 'load' });
    await expect.poll(() => offline.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)).toBe(true);
    await offline.context.close();
  });

  it('after visiting home and an answer page: the answer reloads offline, search answers, an unvisited page shows the offline page', async () => {
    const answer = representativePages(DIST).find((page) => page.kind === 'answer')!;
    const unvisited = list().pages.find((page) => page.path !== answer.path && page.path !== '' && page.group !== null)!;
    const { context, page, log } = await openPage(browser());
    await page.goto(url(''));
    await workerReady(page);
    await page.goto(url(answer.path));
    const heading = (await page.locator('main h1').innerText()).trim();
    // The worker stores a page as it is read, after handing it over.
    await expect.poll(() => isCached(page, cacheName('pages', BASE), url(answer.path))).toBe(true);
    await expect.poll(() => isCached(page, cacheName('pages', BASE), url(''))).toBe(true);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect((await page.locator('main h1').innerText()).trim()).toBe(heading);
    expect((await articleText(page)).length).toBeGreaterThan(500);

    await page.locator('button[data-open-modal]').click();
    const dialog = page.locator('site-search dialog');
    await dialog.locator('#starlight__search input').fill('etcd');
    // Results (their excerpts are in the index's fragments) show under a 找到 … message.
    await dialog.locator('a.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    expect(await dialog.locator('.pagefind-ui__message').textContent()).toMatch(/^找到 \d+ 个/);
    await page.keyboard.press('Escape');

    const fallback = await page.goto(url(unvisited.path));
    expect(fallback?.status()).toBe(200);
    await expect.poll(() => page.locator('[data-offline-missing]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-missing-path]').innerText()).toBe(decodeURI(`${BASE}${unvisited.path}`));
    // It lists what is saved: the two pages read.
    await expect.poll(() => page.locator('[data-offline-saved] a').allInnerTexts()).toEqual(expect.arrayContaining([heading]));

    await context.close();
    expect(log.cspViolations).toEqual([]);
  });

  it('after 离线阅读 saves the site, every page opens offline with its content', async () => {
    const { context, page, log } = await openPage(browser());
    await page.goto(url('offline/'));
    await workerReady(page);
    const button = page.locator('[data-offline-start]');
    // The size is shown before anything is downloaded.
    await expect.poll(() => button.innerText()).toMatch(/^保存全站（下载约 \d+\.\d MB）$/);
    await button.click();
    await page.locator('[data-kb-offline][data-offline-complete]').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-offline-status]').innerText()).toMatch(/^全站 \d+ 页都已保存/);

    await context.setOffline(true);
    const failures: string[] = [];
    const pending = [...list().pages];
    // A few tabs at once, as a reader might open them; each navigation is served by the worker.
    const tab = async () => {
      const reader = await context.newPage();
      for (let saved = pending.shift(); saved; saved = pending.shift()) {
        const response = await reader.goto(url(saved.path), { waitUntil: 'domcontentloaded' });
        const title = (await reader.locator('h1').first().innerText().catch(() => '')).trim();
        if (response?.status() !== 200 || (await reader.locator('[data-offline-missing]').isVisible()) || title !== saved.title) failures.push(`${saved.path}: ${response?.status()} ${title}`);
      }
      await reader.close();
    };
    await Promise.all([tab(), tab(), tab()]);
    expect(failures).toEqual([]);

    // Practice needs nothing from the network either: its page, the modules a session loads on
    // 开始练习, and the answers it shows.
    const practice = await context.newPage();
    await practice.goto(url('practice/'), { waitUntil: 'domcontentloaded' });
    await practice.getByRole('button', { name: '开始练习' }).click();
    await practice.getByRole('button', { name: '显示答案' }).click();
    await practice.getByRole('group', { name: /自评/ }).waitFor();
    // The answer arrived (its link to the page follows it), not the 答案没能加载 notice.
    await practice.locator('.kb-practice-answer__source a').waitFor();
    expect(await practice.locator('.kb-practice-answer__error').count()).toBe(0);
    await context.close();
    expect(log.cspViolations).toEqual([]);
  }, 300_000);

  it('a new deployment is offered with 有新内容，刷新 and shown after the reader accepts', async () => {
    const { context, page } = await openPage(browser());
    await page.goto(url('offline/'));
    await workerReady(page);
    const before = await page.locator('main h1').innerText();

    // A rebuilt site: a precached page changed, and the worker generated again from the files.
    const offlinePage = join(copy, 'offline', 'index.html');
    writeFileSync(offlinePage, readFileSync(offlinePage, 'utf8').replace(`>${before}</h1>`, `>${before}（新版）</h1>`));
    await writeOfflineSupport(copy, BASE, join(ROOT, 'public', 'favicon.svg'));

    // Browsers look for a new worker on navigation; the page also asks when it is shown again.
    await page.goto(url('offline/'));
    expect(await page.locator('main h1').innerText()).toBe(before);
    const prompt = page.locator('.kb-update');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.innerText()).toMatch(/^有新内容，\s*刷新$/);
    await Promise.all([page.waitForEvent('load'), prompt.locator('button').click()]);
    expect(await page.locator('main h1').innerText()).toBe(`${before}（新版）`);
    await context.close();
  });
});
