import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Answers are h2 and h3 headings; deeper headings are parts of an answer. */
const ANSWER_LEVELS = new Set(['h2', 'h3']);
export const COPY_LINK_LABEL = '复制链接';

/** Two overlapping sheets: the usual "copy" pictogram, drawn in the heading's text colour. */
const COPY_ICON_PATH =
  'M16 1H6a2 2 0 0 0-2 2v12h2V3h10V1Zm3 4H10a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H10V7h9v14Z';

/**
 * Puts a 复制链接 button after Starlight's anchor link in every answer heading wrapper
 * (`div.sl-heading-wrapper > h2[id] + a.sl-anchor-link`), with an empty live region for the
 * 已复制 confirmation. The behaviour lives in src/client/copy-link.ts; the markup is static so
 * the button is there before any script runs and nothing moves when it does.
 * Must run after Starlight's own heading-link plugin (see src/integrations/answer-links.ts).
 */
export function rehypeCopyLinkButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!hasClass(node, 'sl-heading-wrapper')) return;
      const heading = node.children.find((child): child is Element => child.type === 'element');
      const id = heading?.properties.id;
      if (!heading || !ANSWER_LEVELS.has(heading.tagName) || typeof id !== 'string' || id === '') return SKIP;
      if (node.children.some((child) => child.type === 'element' && hasClass(child, 'kb-copy-link'))) return SKIP;
      node.children.push(copyLinkControl(id));
      return SKIP;
    });
  };
}

function copyLinkControl(id: string): Element {
  return element('span', { className: ['kb-copy-link'], dataPagefindIgnore: '' }, [
    element(
      'button',
      { type: 'button', className: ['kb-copy-link__button'], dataCopyAnchor: id, ariaDescribedBy: [id], title: COPY_LINK_LABEL },
      [
        // Same structure as Starlight's anchor icon, so both icons sit on the same line position.
        element('span', { ariaHidden: 'true', className: ['kb-copy-link__icon'] }, [
          element('svg', { focusable: 'false', viewBox: '0 0 24 24', width: 16, height: 16, fill: 'currentColor' }, [
            element('path', { d: COPY_ICON_PATH }, []),
          ]),
        ]),
        element('span', { className: ['sr-only'] }, [{ type: 'text', value: COPY_LINK_LABEL }]),
      ],
    ),
    element('span', { className: ['kb-copy-link__status'], role: 'status' }, []),
  ]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function hasClass(node: Element, name: string): boolean {
  return node.properties.className?.includes(name) ?? false;
}
