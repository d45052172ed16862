/**
 * The page a URL path names, below the site's base: `/repo/go/interview/` with base `/repo/`
 * → `/go/interview/`. Null for a path outside the base.
 */
export function pageOfPathname(pathname: string, base: string): string | null {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname === prefix.slice(0, -1)) return '/';
  if (!pathname.startsWith(prefix)) return null;
  return `/${pathname.slice(prefix.length)}`;
}

/**
 * A link from one page to another (`go/interview` → `../kafka/mq-interview/#message-loss`)
 * that works wherever the site is deployed (any `base`), since every page URL ends in `/`.
 */
export function relativeUrl(from: string, to: string, id: string | null): string {
  const fragment = id === null ? '' : `#${id}`;
  if (from === to) return fragment || './';
  // No node:path here: the browser's anchor script imports this module too.
  const source = from.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < source.length && common < target.length && source[common] === target[common]) common++;
  const relative = [...Array<string>(source.length - common).fill('..'), ...target.slice(common)].join('/');
  return `${relative === '' ? '.' : relative}/${fragment}`;
}
