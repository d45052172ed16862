import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Everything besides a diagram's source that decides its SVG: the Mermaid and SVGO versions and
 * the files that configure and post-process the drawing (configuration, palette, in-page steps,
 * optimizer settings). Chromium and the fonts are not included: they are the machine's, and the
 * Chromium test (tests/e2e/diagram-sources.test.ts) redraws every diagram to catch a drift.
 */
const SETTINGS_FILES = ['scripts/diagrams/mermaid-config.ts', 'scripts/diagrams/theme-colours.ts', 'scripts/diagrams/in-page.ts', 'scripts/diagrams/optimize-svg.ts'];
const PACKAGES = ['mermaid', 'svgo'];

/** Hash of the renderer settings, as stamped on each rendered SVG: a stale stamp asks for a re-render. */
export function rendererHash(): string {
  const hash = createHash('sha256');
  for (const name of PACKAGES) hash.update(`${name}@${(JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version}\n`);
  for (const file of SETTINGS_FILES) hash.update(`${file}\n${readFileSync(`${ROOT}${file}`, 'utf8')}\n`);
  return hash.digest('hex').slice(0, 16);
}
