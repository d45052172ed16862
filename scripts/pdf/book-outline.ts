/**
 * What goes into the book, in the sidebar's order: one part per topic (its overview's opening
 * paragraph, then its pages), and a part of its own for a content page that stands alone in the
 * sidebar. Only pages made from the notes are chapters; indexes and overviews are navigation,
 * which the book's table of contents and bookmarks replace.
 */
import type { SidebarEntry } from '../../src/lib/built-sidebar.ts';

export interface BookPage {
  /** URL path below the base: `go/interview/`. */
  path: string;
  title: string;
  /** ASCII key for ids inside the book: `go-interview`. */
  slug: string;
}

export interface BookPart {
  /** ASCII key: the topic's folder (`go`), or the page's slug for a standalone page. */
  id: string;
  title: string;
  /** The topic overview's opening text, shown under the part title. */
  intro: string | null;
  pages: BookPage[];
  /** A single page that is a part by itself: its title is the part's, not repeated as a chapter. */
  standalone: boolean;
}

export interface PageFacts {
  /** Made from the notes (it names its sources), rather than an index or overview. */
  fromNotes: boolean;
  title: string;
  /** First paragraph of the article, if any. */
  intro: string | null;
}

export const slugOf = (path: string) => path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';

/** `facts` reads a built page by its path below the base; null for a path the build does not have. */
export function bookOutline(sidebar: SidebarEntry[], base: string, facts: (path: string) => PageFacts | null): BookPart[] {
  const below = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, ''));
  const parts: BookPart[] = [];
  for (const entry of sidebar) {
    if ('link' in entry) {
      const path = below(entry.link.href);
      const page = facts(path);
      if (page?.fromNotes) parts.push({ id: slugOf(path), title: page.title, intro: null, pages: [{ path, title: page.title, slug: slugOf(path) }], standalone: true });
      continue;
    }
    const pages: BookPage[] = [];
    let intro: string | null = null;
    let id: string | null = null;
    for (const link of entry.group.links) {
      const path = below(link.href);
      const page = facts(path);
      if (!page) continue;
      id ??= path.split('/')[0] ?? null;
      if (page.fromNotes) pages.push({ path, title: page.title, slug: slugOf(path) });
      else intro ??= page.intro;
    }
    if (pages.length > 0) parts.push({ id: id ?? slugOf(pages[0]!.path), title: entry.group.label, intro, pages, standalone: false });
  }
  return parts;
}
