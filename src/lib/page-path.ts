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
