import type { Definition, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { isSafeUrl } from '../html/html-tokens.ts';
import type { StepContext } from '../types.ts';

/**
 * Links and images in a note may only point at http(s), mailto or relative URLs. Any other
 * scheme (`javascript:`, `data:`, `vbscript:`, however it is spelled or encoded: the parser has
 * already decoded `&#106;avascript:`) loses its link and keeps its text, with a warning naming
 * the line. Reference definitions are checked too.
 */
export function neutralizeUnsafeUrls(tree: Root, context: StepContext): void {
  const unsafeDefinitions = new Set<string>();
  visit(tree, 'definition', (node: Definition, index, parent) => {
    if (isSafeUrl(node.url) || !parent || index === undefined) return;
    unsafeDefinitions.add(normalizeIdentifier(node.identifier));
    context.warn(node.position?.start.line, `unsafe URL ${JSON.stringify(node.url)} in the definition of [${node.label ?? node.identifier}] removed; text that used it is kept`);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    const replacement = neutralized(node, unsafeDefinitions, context);
    if (!replacement) return;
    parent.children.splice(index, 1, ...(replacement as never[]));
    return [SKIP, index + replacement.length];
  });
}

function neutralized(node: Nodes, unsafeDefinitions: Set<string>, context: StepContext): PhrasingContent[] | null {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'link':
      if (isSafeUrl(node.url)) return null;
      context.warn(line, `unsafe link URL ${JSON.stringify(node.url)} removed; its text is kept`);
      return node.children;
    case 'image':
      if (isSafeUrl(node.url)) return null;
      context.warn(line, `unsafe image URL ${JSON.stringify(node.url)} removed; its alt text is kept`);
      return node.alt ? [{ type: 'text', value: node.alt, position: node.position }] : [];
    case 'linkReference':
      return unsafeDefinitions.has(normalizeIdentifier(node.identifier)) ? node.children : null;
    case 'imageReference':
      return unsafeDefinitions.has(normalizeIdentifier(node.identifier)) ? [{ type: 'text', value: node.alt ?? toString(node), position: node.position }] : null;
    default:
      return null;
  }
}
