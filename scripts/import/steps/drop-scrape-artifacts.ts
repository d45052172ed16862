import type { Root } from 'mdast';
import { plainText, startLine } from '../mdast-helpers.ts';
import type { StepContext } from '../types.ts';

/** A progress read-out ("0%") left at the top of a scraped page. */
const PROGRESS_READOUT = /^\d{1,3}%$/;

/** Removes scraper leftovers that carry none of the author's words. */
export function dropScrapeArtifacts(tree: Root, context: StepContext): void {
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph') return true;
    const value = plainText(node).trim();
    if (!PROGRESS_READOUT.test(value)) return true;
    context.drop(startLine(node) ?? 0, value, 'scrape-artifact');
    return false;
  });
}
