/**
 * The site's navigation as a built page shows it: Starlight's sidebar, read from the HTML, so
 * the offline list and the PDF book follow exactly the order and names readers see.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface SidebarLink {
  label: string;
  /** As written in the page: with the base (`/repo/go/interview/`). */
  href: string;
}

export interface SidebarGroup {
  label: string;
  /** Every page of the group, nested groups flattened, in sidebar order. */
  links: SidebarLink[];
}

/** A top-level entry: a page of its own, or a group (a topic). */
export type SidebarEntry = { link: SidebarLink } | { group: SidebarGroup };

const text = (element: Element | undefined) => (element ? toString(element).replace(/\s+/g, ' ').trim() : '');

function linkOf(anchor: Element): SidebarLink {
  return { label: text(anchor), href: String(anchor.properties.href ?? '') };
}

/** The sidebar of one built page (any page: Starlight renders the whole tree on each). */
export function readSidebar(html: string): SidebarEntry[] {
  const tree = fromHtml(html);
  const list = select('nav.sidebar ul.top-level', tree);
  if (!list) throw new Error('the page has no Starlight sidebar (nav.sidebar ul.top-level)');
  const entries: SidebarEntry[] = [];
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const details = select(':scope > details', item);
    if (details) {
      const label = text(select(':scope > summary .group-label', details));
      entries.push({ group: { label, links: selectAll('a[href]', details).map(linkOf) } });
      continue;
    }
    const anchor = select(':scope > a[href]', item);
    if (anchor) entries.push({ link: linkOf(anchor) });
  }
  return entries;
}
