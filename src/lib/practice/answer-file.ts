/**
 * The files the build writes for the practice page (src/integrations/practice/) and the shape
 * the page reads them in (src/client/practice/). Paths are below the site's base.
 */
export const ANSWERS_DIR = 'practice/answers';
export const ANKI_DIR = 'practice/anki';
export const ANKI_ALL = `${ANKI_DIR}/all.txt`;
/** Anki's parent deck: each topic becomes `后端面试知识库::<topic label>`. */
export const DECK_ROOT = '后端面试知识库';

/** Indexes into an answer file's tables of what the answer's page loads and the practice page does not. */
export interface AnswerAssets {
  stylesheets: number[];
  styles: number[];
  scripts: number[];
}

/** `practice/answers/<topic>.json`: one topic's answers, fetched when the reader practises it. */
export interface AnswerFile {
  version: 1;
  /** Stylesheet URLs. */
  stylesheets: string[];
  /** Inline style texts (component styles Astro inlines into pages). */
  styles: string[];
  /** Module script URLs the answers' content needs (code block copy buttons). */
  scripts: string[];
  /** By question id. */
  answers: Record<string, AnswerAssets & { html: string }>;
}
