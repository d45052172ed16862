import type { Root, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import type { StepContext } from '../types.ts';

/**
 * GFM renders only as many cells per row as the header has: a row with more would lose its
 * extra cells without a word. Such a table gets empty header cells for the extra columns, and
 * a warning at its line.
 */
export function widenTables(tree: Root, context: StepContext): void {
  visit(tree, 'table', (table: Table) => {
    const widest = Math.max(...table.children.map((row) => row.children.length));
    const header = table.children[0];
    if (!header || widest <= (table.align?.length ?? header.children.length)) return;
    context.warn(table.position?.start.line, `table rows have up to ${widest} cells but its header has ${header.children.length}; the header gets empty cells so no cell is dropped`);
    table.align = [...(table.align ?? []), ...Array<null>(widest - (table.align?.length ?? 0)).fill(null)];
    while (header.children.length < widest) header.children.push({ type: 'tableCell', children: [] });
  });
}
