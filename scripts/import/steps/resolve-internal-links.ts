import type { Heading, Link, Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { relativeUrl } from '../../../src/lib/page-path.ts';
import { ImportError } from '../errors.ts';
import { plainText } from '../mdast-helpers.ts';
import { headingId } from './assign-anchor-ids.ts';

interface LinkData {
  note?: string;
}

/** Marks the note's `#anchor` links with the note they come from, before sections are moved around. */
export function tagInternalLinks(tree: Root, note: string): void {
  visit(tree, 'link', (link: Link) => {
    if (link.url.startsWith('#')) link.data = { ...(link.data ?? {}), note } as Link['data'];
  });
}

/**
 * Maps the anchors a note's author wrote (Typora/GitHub slugs of the original headings,
 * `#1-go的gmp调度模型`) to the headings they pointed at.
 */
export function noteAnchorIndex(tree: Root): Map<string, Heading> {
  const slugger = new GithubSlugger();
  const index = new Map<string, Heading>();
  visit(tree, 'heading', (heading: Heading) => {
    index.set(slugger.slug(plainText(heading)), heading);
  });
  return index;
}

export interface PublishedPage {
  path: string;
  blocks: RootContent[];
  /** The note heading that became this page's title, if any. */
  titleHeading: Heading | null;
}

/** Rewrites every internal `#anchor` link to the page and stable id its heading ended up on. */
export function resolveInternalLinks(pages: PublishedPage[], anchorsByNote: Map<string, { file: string; index: Map<string, Heading> }>): void {
  const pageOfHeading = new Map<Heading, string>();
  for (const page of pages) {
    if (page.titleHeading) pageOfHeading.set(page.titleHeading, page.path);
    visit({ type: 'root', children: page.blocks }, 'heading', (heading: Heading) => {
      pageOfHeading.set(heading, page.path);
    });
  }
  const titleHeadings = new Map(pages.map((page) => [page.path, page.titleHeading]));
  for (const page of pages) {
    visit({ type: 'root', children: page.blocks }, 'link', (link: Link) => {
      const note = (link.data as LinkData | undefined)?.note;
      if (!note) return;
      const anchors = anchorsByNote.get(note);
      const target = anchors?.index.get(decodeURIComponent(link.url.slice(1)));
      const targetPage = target ? pageOfHeading.get(target) : undefined;
      const id = target && target !== titleHeadings.get(targetPage ?? '') ? headingId(target) : null;
      if (!target || !targetPage || id === undefined) {
        throw new ImportError(anchors?.file ?? note, link.position?.start.line, `internal link ${link.url} points at no published heading`);
      }
      link.url = relativeUrl(page.path, targetPage, id);
    });
  }
}

export { relativeUrl };
