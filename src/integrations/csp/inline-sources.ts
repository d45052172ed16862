import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** What one built page needs a Content-Security-Policy to allow, read from its HTML. */
export interface PageSources {
  /** Text of every inline <script> the browser will execute, exactly as the browser hashes it. */
  inlineScripts: string[];
  /** Origins (`https://host`) of cross-origin images the page embeds. */
  imageOrigins: string[];
  /** Script a hash-based policy can never allow: `onclick="…"` attributes and `javascript:` URLs. */
  unhashableScripts: string[];
}

/**
 * `<meta name="kb-image-origins" content="https://a.example https://b.example">`: a page that
 * shows other pages' content at run time (the practice page shows answers) declares the image
 * origins of that content, which its own <img> tags cannot show.
 */
export const IMAGE_ORIGINS_META = 'kb-image-origins';

/** Script types a browser executes; JSON, templates and the like are data. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function crossOriginOf(url: string, pageOrigin: string): string | undefined {
  if (!/^(?:https?:)?\/\//i.test(url)) return undefined;
  const origin = new URL(url, pageOrigin).origin;
  return origin === pageOrigin ? undefined : origin;
}

/**
 * Scans a built page with a real HTML parser (the hash must match the text the browser sees,
 * after its newline normalization), so the policy is generated from what the site emits rather
 * than listed by hand.
 */
export function scanPageSources(html: string, pageOrigin: string): PageSources {
  const tree: Root = fromHtml(html);
  const inlineScripts: string[] = [];
  const imageOrigins = new Set<string>();
  const unhashableScripts: string[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      if (EXECUTABLE_TYPES.has(type)) inlineScripts.push(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on[A-Z]/.test(name)) unhashableScripts.push(`<${element.tagName} ${name}="${String(value)}">`);
    }
    for (const name of ['href', 'src', 'action', 'formAction']) {
      const url = attribute(element, name);
      if (url && /^\s*javascript:/i.test(url)) unhashableScripts.push(`<${element.tagName} ${name}="${url}">`);
    }
    if (element.tagName === 'meta' && attribute(element, 'name') === IMAGE_ORIGINS_META) {
      for (const url of (attribute(element, 'content') ?? '').split(/\s+/)) {
        const origin = url ? crossOriginOf(url, pageOrigin) : undefined;
        if (origin) imageOrigins.add(origin);
      }
    }
    if (element.tagName === 'img' || element.tagName === 'source') {
      const urls = [attribute(element, 'src'), ...(attribute(element, 'srcSet') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])];
      for (const url of urls) {
        const origin = url ? crossOriginOf(url, pageOrigin) : undefined;
        if (origin) imageOrigins.add(origin);
      }
    }
  });
  return { inlineScripts, imageOrigins: [...imageOrigins].sort(), unhashableScripts };
}
