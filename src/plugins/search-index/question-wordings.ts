import type { QuestionEntry } from '../../schemas/question-catalogue.ts';

/** How readers ask for the answer at `pageUrl` (`/go/interview/`) + `#anchor` (null: the page's opening text). */
export type QuestionWordingsFor = (pageUrl: string, anchor: string | null) => string[];

/** `/go/interview/` and `channel-internals` → `go/interview#channel-internals`; the opening text is the catalogue's `_top`. */
const keyOf = (page: string, anchor: string) => `${page}#${anchor}`;
const pageOfUrl = (pageUrl: string) => pageUrl.replace(/^\/|\/$/g, '');

/**
 * The one place the search index learns how an answer is asked for: the question catalogue
 * (src/content/questions/, read through src/lib/content-model/question-catalogue.ts), the
 * author's wording (note 000's 问题 lines, 003's bullets, headed questions) and the prompts the
 * site's editors wrote, alike. Its wordings are searched like the answer's heading and never
 * shown as its preview, so a question typed the way an interviewer asks it finds the answer.
 *
 * Answers of both kinds are searched: a reference (command lists, installation steps) is an
 * answer a reader looks up as much as a question is.
 */
export function questionWordings(entries: readonly QuestionEntry[]): QuestionWordingsFor {
  const byAnswer = new Map<string, string>();
  for (const entry of entries) byAnswer.set(keyOf(entry.page, entry.anchor), entry.question.trim());
  return (pageUrl, anchor) => {
    const wording = byAnswer.get(keyOf(pageOfUrl(pageUrl), anchor ?? '_top'));
    return wording === undefined ? [] : [wording];
  };
}
