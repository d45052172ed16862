import { migrateProgress, type RawProgress } from './migrate-progress.ts';
import { emptyProgress, PROGRESS_FORMAT, type ProgressStore } from './progress.ts';

/**
 * Stored progress as the marks on answer pages read it: parsed and migrated, not checked field by
 * field (the practice page, which wrote it, does that and reports a problem; the marks only show
 * it, and stay at 新 when it is not this site's progress of a version they know). Small on purpose:
 * it is downloaded with every page that has marks.
 */
export function peekProgress(text: string | null): ProgressStore | null {
  if (text === null || text === '') return emptyProgress();
  try {
    const value = JSON.parse(text) as RawProgress | null;
    if (value?.format !== PROGRESS_FORMAT || !Number.isSafeInteger(value.version)) return null;
    const migration = migrateProgress(value);
    if (migration.kind !== 'current' && migration.kind !== 'migrated') return null;
    const { questions, settings } = migration.progress;
    return typeof questions === 'object' && questions !== null && typeof settings === 'object' && settings !== null ? (migration.progress as unknown as ProgressStore) : null;
  } catch {
    return null;
  }
}
