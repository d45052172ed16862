/**
 * The reader's progress in this browser: one localStorage entry, as text. Reading it (checks,
 * migration) is the caller's: the practice page reads it strictly (read-progress.ts), the marks
 * lightly (peek-progress.ts). Nothing leaves the browser.
 */
import { PROGRESS_FORMAT, type ProgressStore } from '../../lib/practice/progress.ts';

export const STORAGE_KEY = PROGRESS_FORMAT;

/** The stored text (null: nothing stored); undefined when the browser refuses storage (some private modes, settings). */
export function storedText(): string | null | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
}

/** Saves; false when the browser refused (quota, storage disabled). */
export function saveProgress(store: ProgressStore): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(): boolean {
  try {
    localStorage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Calls back when another tab of the site changes the progress. */
export function onProgressChangedElsewhere(callback: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  });
}
