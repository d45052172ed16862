/**
 * anchors.lock.json: the pages and anchors the site has published. A shared link is a promise,
 * so a page or anchor may only disappear when the lockfile says where it went: an alias
 * (old id → new id) or a redirect (old page → new page). `checkAnchorLock` lists every broken
 * promise; `updatedAnchorLock` records what a new build publishes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasTarget, parseAliasValue, type AnchorLock, type AnchorTarget } from '../../src/lib/anchor-lock.ts';
import type { BuiltSite } from '../site/read-built-site.ts';

export const LOCKFILE = 'anchors.lock.json';
const MAX_REDIRECT_HOPS = 16;

export function readAnchorLock(root: string): AnchorLock {
  const data = JSON.parse(readFileSync(join(root, LOCKFILE), 'utf8')) as Partial<AnchorLock>;
  return { pages: data.pages ?? {}, aliases: data.aliases ?? {}, redirects: data.redirects ?? {} };
}

export function formatAnchorLock(lock: AnchorLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export function writeAnchorLock(root: string, lock: AnchorLock): void {
  writeFileSync(join(root, LOCKFILE), formatAnchorLock(lock));
}

/** Every promise the built site breaks, each naming the page or `page#anchor` and how to keep it. */
export function checkAnchorLock(lock: AnchorLock, site: BuiltSite): string[] {
  const problems: string[] = [];
  const exists = (target: AnchorTarget) => site.pages.get(target.page)?.ids.has(target.id) ?? false;

  for (const [path, anchors] of Object.entries(lock.pages)) {
    const current = currentPage(lock, site, path);
    if (current === null) {
      problems.push(`page ${path} is gone: declare where it moved in "redirects" of ${LOCKFILE} ("${path}": "/new/path/")`);
      continue;
    }
    for (const id of anchors) {
      if (exists({ page: current, id })) continue;
      const target = aliasTarget(lock.aliases, current, id, exists);
      if (target && exists(target)) continue;
      const moved = current === path ? '' : ` (now ${current})`;
      problems.push(
        target
          ? `anchor ${path}#${id}${moved} is an alias of ${target.page}#${target.id}, which does not exist`
          : `anchor ${path}#${id}${moved} is gone: declare its new id in "aliases" of ${LOCKFILE} ("${current}": { "${id}": "new-id" }) or keep the id in src/content/anchor-ids.yaml`,
      );
    }
  }

  for (const [page, aliases] of Object.entries(lock.aliases)) {
    if (!site.pages.has(page)) {
      problems.push(`aliases are declared for ${page}, which is not a published page (declare them on the page the old links now reach)`);
      continue;
    }
    for (const [id, value] of Object.entries(aliases)) {
      if (exists({ page, id })) problems.push(`alias ${page}#${id} never applies: the page has an element with that id again`);
      const target = parseAliasValue(page, value);
      if (!site.pages.has(target.page)) problems.push(`alias ${page}#${id} points at ${value}, which is not a published page`);
    }
  }

  for (const [from, to] of Object.entries(lock.redirects)) {
    if (site.pages.has(from)) problems.push(`redirect ${from} → ${to} shadows a published page of the same path`);
    else if (currentPage(lock, site, from) === null) problems.push(`redirect ${from} → ${to} leads to no published page`);
  }
  return problems;
}

/** The lockfile with what the built site publishes now; aliases and redirects are kept as declared. */
export function updatedAnchorLock(lock: AnchorLock, site: BuiltSite): AnchorLock {
  const pages: AnchorLock['pages'] = {};
  for (const path of [...site.pages.keys()].sort()) pages[path] = [...new Set(site.pages.get(path)!.headings)].sort();
  return { pages, aliases: lock.aliases, redirects: lock.redirects };
}

/** Where a locked page lives now: itself, or the end of its redirect chain. Null when it is gone. */
function currentPage(lock: AnchorLock, site: BuiltSite, path: string): string | null {
  let current = path;
  for (let hop = 0; hop <= MAX_REDIRECT_HOPS; hop++) {
    if (site.pages.has(current)) return current;
    const next = lock.redirects[current];
    if (next === undefined) return null;
    current = next;
  }
  return null;
}
