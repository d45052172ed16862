/**
 * Reads a built site (dist/) into what link and anchor checks need: every page with the ids it
 * defines, its content headings and its links. Parsed with a real HTML parser, so links rendered
 * by components, the sidebar and the table of contents count like links written in Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
  /** URL path below the base: `/go/interview/`. */
  path: string;
  /** Every id an element on the page has: where a `#fragment` can land. */
  ids: Set<string>;
  /** Ids of the headings inside the page's Markdown content, in document order. */
  headings: string[];
  /** Every `<a href>` on the page, as written. */
  links: string[];
}

export interface BuiltSite {
  /** Published pages by path. */
  pages: Map<string, BuiltPage>;
  /** Pages that only send the reader elsewhere (Astro's redirect stubs), by path → destination as written. */
  redirectStubs: Map<string, string>;
  /** Every other file (assets, sitemap, search index), as URL paths: `/sitemap-index.xml`. */
  files: Set<string>;
}

/** Folders with no pages in them, only bundles and the search index. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);
const HEADING = /^h[1-6]$/;
const REFRESH_URL = /^\s*\d+\s*;\s*url=(.*)$/i;

export function readBuiltSite(dist: string): BuiltSite {
  const site: BuiltSite = { pages: new Map(), redirectStubs: new Map(), files: new Set() };
  for (const file of listFiles(dist)) {
    const urlPath = `/${file.split(sep).join('/')}`;
    if (!urlPath.endsWith('/index.html') || urlPath.split('/').some((part) => ASSET_DIRS.has(part))) {
      site.files.add(urlPath);
      continue;
    }
    const path = urlPath.slice(0, -'index.html'.length);
    const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
    const redirect = redirectDestination(tree);
    if (redirect !== null) site.redirectStubs.set(path, redirect);
    else site.pages.set(path, readPage(path, tree));
  }
  return site;
}

export function readPage(path: string, tree: Root): BuiltPage {
  const page: BuiltPage = { path, ids: new Set(), headings: [], links: [] };
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id === 'string' && id !== '') page.ids.add(id);
    if (node.tagName === 'a' && typeof node.properties.href === 'string') page.links.push(node.properties.href);
    if (hasClass(node, 'sl-markdown-content')) {
      visit(node, 'element', (inner: Element) => {
        const headingId = inner.properties.id;
        if (HEADING.test(inner.tagName) && typeof headingId === 'string' && headingId !== '') page.headings.push(headingId);
      });
    }
  });
  return page;
}

/** The target of a `<meta http-equiv="refresh">` page, or null for a real page. */
function redirectDestination(tree: Root): string | null {
  let destination: string | null = null;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'meta' || String(node.properties.httpEquiv ?? '').toLowerCase() !== 'refresh') return;
    const match = REFRESH_URL.exec(String(node.properties.content ?? ''));
    if (match) destination = match[1]!.trim();
  });
  return destination;
}

function hasClass(node: Element, name: string): boolean {
  return node.properties.className?.includes(name) ?? false;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
