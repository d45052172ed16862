import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * 相关问题, computed by `npm run import` from the answers' text (scripts/import/related-answers.ts)
 * and checked like the generated pages: `/page/#anchor` → up to three `/page/#anchor` on other pages.
 */
export const RELATED_ANSWERS_FILE = 'src/content/related-answers.json';

export function readRelatedAnswers(root = process.cwd()): Record<string, string[]> {
  const path = join(root, RELATED_ANSWERS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>) : {};
}
