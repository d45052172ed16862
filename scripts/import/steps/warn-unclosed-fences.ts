import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { StepContext } from '../types.ts';

const OPENING = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A code fence that is never closed runs to the end of the note, turning everything after it
 * into code (and hiding its headings from the topic map). Nothing is lost, but the author
 * surely meant otherwise: say so at the fence's line.
 */
export function warnUnclosedFences(tree: Root, context: StepContext): void {
  const text = context.note.text;
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const lines = text.slice(start, end).split('\n');
    const fence = OPENING.exec(lines[0] ?? '')?.[1];
    if (!fence) return;
    const last = lines.length > 1 ? lines[lines.length - 1]!.trim() : '';
    const closed = last.length >= fence.length && [...last].every((character) => character === fence[0]);
    if (!closed) context.warn(node.position?.start.line, `code fence ${fence} is never closed: the rest of the note, to its last line, is shown as code; add a closing ${fence}`);
  });
}
