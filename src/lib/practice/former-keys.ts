import { aliasTarget, type AnchorLock } from '../anchor-lock.ts';

type Renames = Pick<AnchorLock, 'aliases' | 'redirects'>;

const MAX_HOPS = 16;

/**
 * The id a question has now, after its page moved (`redirects` of anchors.lock.json) or its
 * anchor was renamed (`aliases`): the same promise that keeps old links working keeps a
 * reader's history. Null when the id leads to nothing `exists` knows.
 */
export function currentQuestionKey(renames: Renames, key: string, exists: (key: string) => boolean): string | null {
  if (exists(key)) return key;
  const at = key.indexOf('#');
  const id = key.slice(at + 1);
  const pages = [key.slice(0, at)];
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const moved = renames.redirects[pages[pages.length - 1]!];
    if (moved === undefined || pages.includes(moved)) break;
    pages.push(moved);
  }
  for (const page of pages) {
    if (exists(`${page}#${id}`)) return `${page}#${id}`;
    const target = aliasTarget(renames.aliases, page, id, (candidate) => exists(`${candidate.page}#${candidate.id}`));
    if (target && exists(`${target.page}#${target.id}`)) return `${target.page}#${target.id}`;
  }
  return null;
}

/**
 * Every id a current question was known by before (old anchors, old page paths), mapped to its
 * id now. Worked out at build time from the lockfile, so the browser gets a small table instead
 * of the lockfile and the rules to read it.
 */
export function formerQuestionKeys(renames: Renames, current: ReadonlySet<string>): Record<string, string> {
  const candidates = new Set<string>();
  for (const [page, ids] of Object.entries(renames.aliases)) for (const id of Object.keys(ids)) candidates.add(`${page}#${id}`);
  for (const [from, to] of Object.entries(renames.redirects)) {
    for (const key of current) if (key.startsWith(`${to}#`)) candidates.add(`${from}${key.slice(to.length)}`);
    for (const id of Object.keys(renames.aliases[to] ?? {})) candidates.add(`${from}#${id}`);
  }
  const former: Record<string, string> = {};
  for (const candidate of [...candidates].sort()) {
    if (current.has(candidate)) continue;
    const now = currentQuestionKey(renames, candidate, (key) => current.has(key));
    if (now !== null) former[candidate] = now;
  }
  return former;
}
