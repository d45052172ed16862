/**
 * Every internal link on the built site must land: on a published page (not a redirect stub or a
 * missing path) and, when it has a `#fragment`, on an element with that id. Relative links
 * (`../go/interview/#gmp-scheduler`, which the importer writes so the site works under any base)
 * are resolved against the page they appear on, as a browser would.
 */
import type { BuiltSite } from './read-built-site.ts';

export interface LinkSettings {
  /** The deployed origin (`https://user.github.io`); absolute links elsewhere are external. */
  site: string;
  /** The base path the site is served under (`/` or `/repo/`). */
  base: string;
}

export interface BrokenLink {
  href: string;
  reason: string;
  /** Pages the link appears on (the sidebar repeats a link on every page). */
  pages: string[];
}

const NOT_NAVIGATION = /^(?:mailto|tel|javascript|data):/i;

export function findBrokenLinks(built: BuiltSite, settings: LinkSettings): BrokenLink[] {
  const origin = new URL(settings.site).origin;
  const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
  const broken = new Map<string, BrokenLink>();
  for (const page of built.pages.values()) {
    const pageUrl = new URL(`${base}${page.path.slice(1)}`, origin);
    for (const href of page.links) {
      if (NOT_NAVIGATION.test(href.trim())) continue;
      const reason = whyBroken(built, new URL(href, pageUrl), origin, base);
      if (reason === null) continue;
      const key = `${href}\n${reason}`;
      const entry = broken.get(key) ?? { href, reason, pages: [] };
      if (!entry.pages.includes(page.path)) entry.pages.push(page.path);
      broken.set(key, entry);
    }
  }
  return [...broken.values()];
}

function whyBroken(built: BuiltSite, url: URL, origin: string, base: string): string | null {
  if (url.origin !== origin) return null;
  if (!url.pathname.startsWith(base)) return `outside the site's base ${base}`;
  const path = `/${safeDecode(url.pathname.slice(base.length))}`;
  const fragment = safeDecode(url.hash.slice(1));
  const target = built.pages.get(path);
  if (!target) {
    if (built.redirectStubs.has(path)) return `${path} has moved to ${built.redirectStubs.get(path)}: link there directly`;
    if (built.files.has(path)) return fragment === '' ? null : `#${fragment} on a file that is not a page`;
    if (built.pages.has(`${path}/`)) return `no trailing slash: the page is ${path}/`;
    return `no page ${path}`;
  }
  if (fragment !== '' && !target.ids.has(fragment)) return `no element with id "${fragment}" on ${path}`;
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One line per broken link, for test failures and the command line. */
export function describeBrokenLink(link: BrokenLink): string {
  const where = link.pages.length === 1 ? `on ${link.pages[0]}` : `on ${link.pages.length} pages, e.g. ${link.pages[0]}`;
  return `${link.href} (${where}): ${link.reason}`;
}
