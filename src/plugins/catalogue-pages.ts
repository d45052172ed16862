import type { VFile } from 'vfile';
import { readQuestionCatalogue } from '../lib/content-model/question-catalogue.ts';
import type { QuestionEntry } from '../schemas/question-catalogue.ts';

const DOCS = /(?:^|\/)src\/content\/docs\/(.+)\.mdx?$/;

let catalogue: Map<string, QuestionEntry> | undefined;

/** The question catalogue by `/page/#anchor`, read once per build for the Markdown plugins. */
export function catalogueByKey(): Map<string, QuestionEntry> {
  catalogue ??= readQuestionCatalogue().byKey;
  return catalogue;
}

/** The page path (`go/interview`, `go` for a topic overview) of a Markdown file under src/content/docs/. */
export function pageOfFile(file: VFile): string | null {
  const match = DOCS.exec((file.path ?? '').replaceAll('\\', '/'));
  return match ? match[1]!.replace(/\/index$/, '') : null;
}
