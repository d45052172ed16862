import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** What a built page loads that its answers need to look and work as they do there. */
export interface PageAssets {
  /** `<link rel="stylesheet">` URLs (print-only sheets left out). */
  stylesheets: string[];
  /** Text of the page's inline `<style>` blocks (component styles Astro inlines). */
  styles: string[];
  /**
   * Module scripts the page's content itself carries (inside the Markdown content, like
   * Expressive Code's copy buttons): they watch the document for new code blocks, so loading
   * them once makes inserted answers work. Page furniture scripts (search, table of contents)
   * sit outside the content and are left out.
   */
  contentScripts: string[];
}

const stringProperty = (node: Element, name: string): string => String(node.properties[name] ?? '');

export function pageAssets(tree: Root, article: Element | null): PageAssets {
  const stylesheets = selectAll('link', tree)
    .filter((link) => [link.properties.rel].flat().map(String).includes('stylesheet') && stringProperty(link, 'media') !== 'print')
    .map((link) => stringProperty(link, 'href'));
  const styles = selectAll('style', tree).map((style) => toString(style));
  const contentScripts = article ? selectAll('script', article).filter((script) => stringProperty(script, 'type') === 'module' && stringProperty(script, 'src') !== '').map((script) => stringProperty(script, 'src')) : [];
  return { stylesheets: [...new Set(stylesheets)], styles: [...new Set(styles)], contentScripts: [...new Set(contentScripts)] };
}

/** What `page` has that `host` (the practice page) does not load already. */
export function missingAssets(page: PageAssets, host: PageAssets): PageAssets {
  const absent = (own: string[], there: string[]) => own.filter((item) => !there.includes(item));
  return {
    stylesheets: absent(page.stylesheets, host.stylesheets),
    styles: absent(page.styles, host.styles),
    contentScripts: absent(page.contentScripts, host.contentScripts),
  };
}
