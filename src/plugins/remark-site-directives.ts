import type { BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
// Declares `data.hName` / `hProperties` on mdast nodes (how remark shapes HTML).
import type {} from 'mdast-util-to-hast';
import { SITE_DIRECTIVES } from '../lib/site-directives.ts';

type Properties = Record<string, string | string[]>;

/**
 * Renders the directives generated pages use for the site's own blocks (src/lib/site-directives.ts):
 * the question callout, the empty-section notice and the missing-image notice. Other directives
 * are left to Starlight (its asides, and restoring unknown ones as the text they were).
 */
export function remarkSiteDirectives() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'containerDirective' && node.name === SITE_DIRECTIVES.question) renderQuestion(node);
      else if (node.type === 'leafDirective' && node.name === SITE_DIRECTIVES.emptySection) renderEmptySection(node);
      else if (node.type === 'leafDirective' && node.name === SITE_DIRECTIVES.missingImage) renderMissingImage(node);
    });
  };
}

function renderQuestion(node: ContainerDirective): void {
  const body = block('div', { className: ['kb-question__text'] }, node.children);
  node.data = { hName: 'aside', hProperties: { className: ['kb-question'], ariaLabel: '问题' } };
  const label: Paragraph = { type: 'paragraph', data: { hName: 'p', hProperties: { className: ['kb-question__label'], ariaHidden: 'true' } }, children: [text('问题')] };
  node.children = [label, body];
}

/** Not an answer: a notice (not a heading, so not in the page's contents) with the heading's words. */
function renderEmptySection(node: LeafDirective): void {
  const title = toString(node).trim();
  node.data = { hName: 'p', hProperties: { className: ['kb-empty-section'] } };
  node.children = title ? [inline('strong', {}, [text(title)]), text('：原笔记中此节暂无内容。')] : [text('原笔记中此节暂无内容。')];
}

function renderMissingImage(node: LeafDirective): void {
  const alt = toString(node);
  const src = node.attributes?.src ?? '';
  node.data = { hName: 'figure', hProperties: { className: ['kb-missing-image'], role: 'note', ariaLabel: `图片缺失：${alt}` } };
  node.children = [
    inline('p', { className: ['kb-missing-image__title'] }, [text('图片缺失')]),
    inline('p', {}, [text(`${alt}：原笔记引用的本地图片 `), { type: 'inlineCode', value: src }, text(' 未随笔记提供。')]),
  ];
}

// A directive's children must be mdast nodes; these carry the HTML element they become.
function inline(tagName: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
  const node: Paragraph = { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children };
  return node as unknown as PhrasingContent;
}

function block(tagName: string, properties: Properties, children: (BlockContent | DefinitionContent)[]): BlockContent {
  return { type: 'blockquote', data: { hName: tagName, hProperties: properties }, children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}
