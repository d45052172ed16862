/**
 * anchors.lock.json: every published page and anchor, the promise that a link once shared keeps
 * working. Plain data and pure functions, shared by the build checks (scripts/anchors/) and the
 * browser (src/client/anchor-aliases.ts).
 */
export interface AnchorLock {
  /** Every published page (URL path below the site's base, `/go/interview/`) → ids of its content headings. */
  pages: Record<string, string[]>;
  /**
   * Old ids that must keep working, by the page they are requested on: old id → new id on the
   * same page, or `/other/page/#id` when the answer moved to another page.
   */
  aliases: Record<string, Record<string, string>>;
  /** Moved pages: old path → new path. */
  redirects: Record<string, string>;
}

export interface AnchorTarget {
  page: string;
  id: string;
}

/** Alias chains longer than this are a declaration loop, not a history of renames. */
const MAX_HOPS = 16;

/**
 * Where an old id on `page` lives now: follows `aliases` (renames may chain) and returns null
 * when `id` is not an alias. `exists` says whether a page has an element with an id; a chain
 * stops at the first target that exists. A target that does not exist (a broken chain or a
 * loop) is returned as is, for the lockfile check to report.
 */
export function aliasTarget(
  aliases: AnchorLock['aliases'],
  page: string,
  id: string,
  exists: (target: AnchorTarget) => boolean,
): AnchorTarget | null {
  let current: AnchorTarget = { page, id };
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = aliases[current.page]?.[current.id];
    if (next === undefined) return hop === 0 ? null : current;
    current = parseAliasValue(current.page, next);
    if (exists(current)) return current;
  }
  return current;
}

/** `new-id` (same page) or `/other/page/#new-id`. */
export function parseAliasValue(page: string, value: string): AnchorTarget {
  const at = value.indexOf('#');
  if (at < 0) return { page, id: value };
  return { page: value.slice(0, at) || page, id: value.slice(at + 1) };
}
