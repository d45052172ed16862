import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { COPY_LINK_LABEL, rehypeCopyLinkButtons } from '../../src/plugins/rehype-copy-link-buttons.ts';

/** Headings as Starlight's rehype-heading-links leaves them. */
function starlightHeading(level: number, id: string | null, text: string): string {
  const idAttribute = id === null ? '' : ` id="${id}"`;
  return `<div class="sl-heading-wrapper level-h${level}"><h${level}${idAttribute}>${text}</h${level}><a class="sl-anchor-link" href="#${id}">#</a></div>`;
}

function transform(html: string): Root {
  const tree = fromHtml(html, { fragment: true });
  rehypeCopyLinkButtons()(tree);
  return tree;
}

function buttons(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'button') found.push(node);
  });
  return found;
}

function text(node: Element): string {
  let value = '';
  visit(node, 'text', (child) => {
    value += child.value;
  });
  return value;
}

describe('rehypeCopyLinkButtons', () => {
  it('puts a 复制链接 button after the anchor link of every h2 and h3', () => {
    const tree = transform(starlightHeading(2, 'gmp-scheduler', '1. Go的GMP调度模型') + starlightHeading(3, 'p-processor', 'P'));
    expect(buttons(tree).map((button) => button.properties.dataCopyAnchor)).toEqual(['gmp-scheduler', 'p-processor']);
    const wrapper = tree.children[0] as Element;
    const [heading, anchor, control] = wrapper.children as Element[];
    expect([heading!.tagName, anchor!.properties.className, control!.properties.className]).toEqual(['h2', ['sl-anchor-link'], ['kb-copy-link']]);
  });

  it('names the button 复制链接, describes it by its heading, and keeps it out of the search index', () => {
    const tree = transform(starlightHeading(2, 'raft-algorithm', '16. Raft算法原理'));
    const [button] = buttons(tree);
    expect(text(button!)).toBe(COPY_LINK_LABEL);
    expect(button!.properties).toMatchObject({ type: 'button', ariaDescribedBy: ['raft-algorithm'] });
    const control = (tree.children[0] as Element).children[2] as Element;
    expect(control.properties.dataPagefindIgnore).toBe('');
  });

  it('gives each button an empty live region for the 已复制 confirmation', () => {
    const control = (transform(starlightHeading(2, 'cap-theorem', 'CAP')).children[0] as Element).children[2] as Element;
    const status = control.children[1] as Element;
    expect(status.properties).toMatchObject({ role: 'status', className: ['kb-copy-link__status'] });
    expect(status.children).toEqual([]);
  });

  it('leaves deeper headings, headings without an id and other markup alone', () => {
    const tree = transform(starlightHeading(4, 'detail', '细节') + starlightHeading(2, null, '无 id') + '<h2 id="plain">No wrapper</h2>');
    expect(buttons(tree)).toEqual([]);
  });

  it('adds one button however often it runs', () => {
    const tree = transform(starlightHeading(2, 'gmp-scheduler', 'GMP'));
    rehypeCopyLinkButtons()(tree);
    expect(buttons(tree)).toHaveLength(1);
  });
});
