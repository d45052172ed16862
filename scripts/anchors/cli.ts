/**
 * Records the pages and anchors of the built site in anchors.lock.json.
 *
 *   npm run build && npm run anchors:update     record new pages and anchors
 *   node scripts/anchors/cli.ts --check         only report broken promises
 *   npm run anchors:update -- --allow-removals  record the build even though links break
 *
 * Refuses to drop a published page or anchor: declare an alias or a redirect first. Use
 * --allow-removals only when breaking those links is the point (an answer deliberately deleted,
 * or ids that were never public); the lockfile diff shows what was dropped.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from '../site/read-built-site.ts';
import { LOCKFILE, checkAnchorLock, formatAnchorLock, readAnchorLock, updatedAnchorLock, writeAnchorLock } from './lockfile.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const lock = readAnchorLock(root);
const site = readBuiltSite(dist);
const problems = checkAnchorLock(lock, site);
const allowRemovals = process.argv.includes('--allow-removals');
if (problems.length > 0) {
  console.error(`${LOCKFILE}: ${problems.length} published link(s) ${allowRemovals ? 'dropped' : 'would break'}:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  if (!allowRemovals || process.argv.includes('--check')) process.exit(1);
}
const next = updatedAnchorLock(lock, site);
const anchorCount = (value: typeof lock) => Object.values(value.pages).reduce((sum, ids) => sum + ids.length, 0);
const summary = `${Object.keys(next.pages).length} pages, ${anchorCount(next)} anchors`;
if (process.argv.includes('--check')) {
  console.log(`${LOCKFILE}: every locked page and anchor still works (${summary} built).`);
} else if (formatAnchorLock(next) === formatAnchorLock(lock)) {
  console.log(`${LOCKFILE} is up to date (${summary}).`);
} else {
  writeAnchorLock(root, next);
  console.log(`${LOCKFILE} updated: ${summary} (was ${Object.keys(lock.pages).length} pages, ${anchorCount(lock)} anchors).`);
}
