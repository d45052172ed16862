import { PROGRESS_VERSION } from './progress.ts';

/** A progress object of some version, before it is checked against the current shape. */
export type RawProgress = Record<string, unknown> & { version: number };

/**
 * One step per schema change: `MIGRATIONS[n]` turns version n into version n + 1. Version 1 is
 * the first published shape, so the chain is empty; the next change adds `1: (old) => …` here
 * and an old-shape fixture under tests/fixtures/practice/ that the tests migrate.
 */
export const MIGRATIONS: Readonly<Record<number, (old: RawProgress) => RawProgress>> = {};

export type Migration = { kind: 'current' | 'migrated'; progress: RawProgress; from: number } | { kind: 'newer'; from: number } | { kind: 'unknown'; from: number };

/**
 * Brings stored or imported progress up to PROGRESS_VERSION. Progress written by a newer
 * version of the site (a reader who exported on a newer deployment) is never rewritten: the
 * caller leaves it alone rather than lose fields it does not know.
 */
export function migrateProgress(raw: RawProgress, migrations = MIGRATIONS, current = PROGRESS_VERSION): Migration {
  const from = raw.version;
  if (from > current) return { kind: 'newer', from };
  let progress = raw;
  for (let version = from; version < current; version++) {
    const step = migrations[version];
    if (!step) return { kind: 'unknown', from };
    progress = { ...step(progress), version: version + 1 };
  }
  return { kind: from === current ? 'current' : 'migrated', progress, from };
}
