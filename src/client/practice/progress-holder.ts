/**
 * The practice page's one copy of the reader's progress: every change goes through `update`,
 * which saves it and tells the views. When the stored progress cannot be read by this version
 * (written by a newer site, or damaged), the page shows it untouched and writes nothing until
 * the reader exports or clears it.
 */
import { emptyProgress, type ProgressStore } from '../../lib/practice/progress.ts';
import { readProgressText, type ReadProgress } from '../../lib/practice/read-progress.ts';
import { clearProgress, onProgressChangedElsewhere, saveProgress, storedText } from './progress-storage.ts';

type LoadedProgress = ReadProgress | { kind: 'unavailable' };

/** The stored progress, read strictly; `unavailable` when the browser refuses storage. */
function loadProgress(): LoadedProgress {
  const text = storedText();
  return text === undefined ? { kind: 'unavailable' } : readProgressText(text);
}

export type StorageProblem = { kind: 'newer'; version: number } | { kind: 'invalid'; problem: string } | { kind: 'unavailable' } | { kind: 'save-failed' };

export class ProgressHolder {
  store: ProgressStore = emptyProgress();
  problem: StorageProblem | null = null;
  private readonly listeners: (() => void)[] = [];

  constructor() {
    this.take(loadProgress());
    onProgressChangedElsewhere(() => {
      this.take(loadProgress());
      this.notify();
    });
  }

  private take(loaded: LoadedProgress): void {
    if (loaded.kind === 'ok') {
      this.store = loaded.store;
      this.problem = null;
    } else {
      this.store = emptyProgress();
      this.problem = loaded.kind === 'newer' ? { kind: 'newer', version: loaded.version } : loaded.kind === 'invalid' ? { kind: 'invalid', problem: loaded.problem } : { kind: 'unavailable' };
    }
  }

  /** Whether changes are kept: not when the stored progress is unreadable by this version. */
  get writable(): boolean {
    return this.problem === null || this.problem.kind === 'save-failed' || this.problem.kind === 'unavailable';
  }

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Applies a change and saves it; false (and nothing changes) when the stored progress must not be overwritten. */
  update(change: (store: ProgressStore) => ProgressStore): boolean {
    if (!this.writable) return false;
    this.store = change(this.store);
    // Without storage the session still works; it is simply forgotten on reload.
    if (this.problem?.kind !== 'unavailable') this.problem = saveProgress(this.store) ? null : { kind: 'save-failed' };
    this.notify();
    return true;
  }

  /** Removes all progress (after the reader confirmed), including progress this version could not read. */
  clear(): boolean {
    const cleared = clearProgress();
    if (cleared) this.take({ kind: 'ok', store: emptyProgress() });
    this.notify();
    return cleared;
  }
}
