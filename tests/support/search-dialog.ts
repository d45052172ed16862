import type { Page } from 'playwright-core';

/** Generous: a busy machine may take seconds; the search's end is waited for, never guessed. */
const SEARCH_TIMEOUT_MS = 60_000;

/**
 * Types `term` into the open search dialog and waits until the search for that very term has
 * finished: the field holds the term, the results area is no longer busy (its results and their
 * previews are shown, see src/components/overrides/Search.astro), and the status line names
 * the term ("找到 N 个与 … 相关的答案" or "没有找到与 … 相关的答案"), so an earlier search's
 * results are never mistaken for this one's.
 */
export async function searchFor(page: Page, term: string): Promise<void> {
  await page.locator('dialog[open] .pagefind-ui__search-input').fill(term);
  await searchFinished(page, term);
}

/** Waits until the search for `term`, typed into the open dialog, has finished (see searchFor). */
export async function searchFinished(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const search = document.querySelector('dialog[open] #starlight__search');
      const input = search?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
      const area = search?.querySelector('.pagefind-ui__results-area');
      const message = area?.querySelector('.pagefind-ui__message')?.textContent ?? '';
      return input?.value === wanted && area?.getAttribute('aria-busy') === 'false' && message.includes(`与 ${wanted} 相关的答案`);
    },
    term,
    { timeout: SEARCH_TIMEOUT_MS },
  );
}

/**
 * Waits until the search that an action started (choosing a topic: the same words searched
 * again) has finished with `status` as its status line ("找到 34 个与 etcd 快照 相关的答案").
 */
export async function searchSettlesWith(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const area = document.querySelector('dialog[open] #starlight__search .pagefind-ui__results-area');
      return area?.getAttribute('aria-busy') === 'false' && area.querySelector('.pagefind-ui__message')?.textContent === wanted;
    },
    status,
    { timeout: SEARCH_TIMEOUT_MS },
  );
}
