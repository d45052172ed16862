import type { Root } from 'mdast';
import { endLine, plainText, startLine } from './mdast-helpers.ts';
import { collapseWhitespace, stripLeadingDecoration } from './text.ts';
import type { Section } from './types.ts';

/** The normalized title a selector matches: plain text, no leading emoji, single spaces. */
export function sectionTitle(text: string): string {
  return collapseWhitespace(stripLeadingDecoration(text));
}

/** Builds the note's outline: every heading opens a section that runs until the next heading of the same or a higher level. */
export function buildSectionTree(note: string, tree: Root, lineCount: number): Section {
  const root: Section = { note, heading: null, title: '', depth: 0, blocks: [], children: [], parent: null, startLine: 1, endLine: lineCount };
  const stack: Section[] = [root];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const line = startLine(node) ?? parent.startLine;
      const section: Section = {
        note,
        heading: node,
        title: sectionTitle(plainText(node)),
        depth: node.depth,
        blocks: [],
        children: [],
        parent,
        startLine: line,
        endLine: endLine(node) ?? line,
      };
      parent.children.push(section);
      stack.push(section);
      continue;
    }
    stack[stack.length - 1]!.blocks.push(node);
  }
  closeRanges(root, lineCount);
  return root;
}

/** A section ends on the line before the next section that is not inside it. */
function closeRanges(section: Section, end: number): void {
  section.endLine = end;
  section.children.forEach((child, index) => {
    const next = section.children[index + 1];
    closeRanges(child, next ? next.startLine - 1 : end);
  });
}

export function* walkSections(section: Section): Generator<Section> {
  yield section;
  for (const child of section.children) yield* walkSections(child);
}

export function ancestors(section: Section): Section[] {
  const out: Section[] = [];
  for (let parent = section.parent; parent; parent = parent.parent) out.push(parent);
  return out;
}
