import type { RolldownOptions } from 'rolldown';

type OnLog = NonNullable<RolldownOptions['onLog']>;

/**
 * Drops one known-harmless bundler warning: every MDX page with a component import reports
 * `"use astro:head-inject" may not be preserved` (withastro/astro#18087, open, also on a fresh
 * Starlight project). Without this, each build prints some 600 lines that hide real warnings.
 */
export const quietKnownBuildWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};
