import type { DropReason } from './types.ts';

/**
 * Text the importer removes by rule, not by a reviewed line: leftovers of the programs a note
 * was pasted from, which carry none of the author's words. Each removal is reported (file,
 * line, text), and tests/build/fidelity.test.ts accepts a missing text only if it matches one
 * of these patterns. One source for the steps that remove them and for that check.
 */
export interface ArtifactRule {
  reason: DropReason;
  /** Matches the whole removed text. */
  pattern: RegExp;
  why: string;
}

/** `bashCopy code`: the header a chat window puts above a snippet, pasted in with it. */
export const COPY_BUTTON_HEADER = /^([A-Za-z]+)Copy code$/;

/** `sql` alone on a line above a snippet: a chat window's language label. */
export const COPY_BUTTON_LABEL = /^(?:sql|php|bash|shell|go|python|yaml|json|javascript|java|text|plaintext|promql)$/i;

/** `citeturn0search1` (often wrapped in private-use characters): a chat assistant's citation marker. */
export const CITATION_TOKEN = /\uE200?cite(?:\uE202?turn\d+[a-z]+\d+)+\uE201?/gu;

/** Private-use characters: a Word bullet glyph (U+F06C) or chat markup, meaningless outside the program that wrote it. */
export const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

export const artifactRules: ArtifactRule[] = [
  { reason: 'copy-button-artifact', pattern: COPY_BUTTON_HEADER, why: 'a chat window\'s copy-button header; the fence keeps its language' },
  { reason: 'copy-button-artifact', pattern: COPY_BUTTON_LABEL, why: 'a chat window\'s language label; the snippet below is shown as code' },
  { reason: 'chat-artifact', pattern: wholly(CITATION_TOKEN), why: 'a chat assistant\'s citation marker' },
  { reason: 'chat-artifact', pattern: wholly(PRIVATE_USE), why: 'a private-use character' },
  { reason: 'html-comment', pattern: /^<!--[\s\S]*-->$/, why: 'an HTML comment, which no Markdown reader shows' },
  // The outline's rules (scripts/import/steps/): markup and numbering left out, the words kept.
  { reason: 'code-comment-marker', pattern: /^\/\/$/, why: 'the // of a pseudo-code comment that labels steps typed in a text fence; the steps become a list, the comment its bold label' },
  { reason: 'global-question-number', pattern: /^\d+\.$/, why: "a question's number in note 000's own list of 21, taken out of its title on the topic pages" },
];

function wholly(pattern: RegExp): RegExp {
  return new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', ''));
}

/** The rule a removed text was removed under, if any. */
export function artifactRule(reason: DropReason, text: string): ArtifactRule | undefined {
  return artifactRules.find((rule) => rule.reason === reason && rule.pattern.test(text));
}
