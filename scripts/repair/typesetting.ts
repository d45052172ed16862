// Chinese typesetting rules (the line-breaking "kinsoku" of GB/T 15834): some punctuation never starts a line,
// some never ends one. They hold in any note, so they are rules rather than statistics.

const NEVER_STARTS_A_LINE = new Set([...'、。，．！？：；）」』】〕〉》〗”’…']);
const NEVER_ENDS_A_LINE = new Set([...'（「『【〔〈《〖“‘']);
const RULE_BREAK_LOG_PROBABILITY = Math.log(1e-3);

/** Log-penalty for a character after `previous` (the line-start marker is '\n'), 0 when no rule applies. */
export function typesettingPenalty(previous: string, char: string): number {
  if (previous === '\n' && NEVER_STARTS_A_LINE.has(char)) return RULE_BREAK_LOG_PROBABILITY;
  if (char === '\n' && NEVER_ENDS_A_LINE.has(previous)) return RULE_BREAK_LOG_PROBABILITY;
  return 0;
}

/** Parts of speech that cannot form a phrase alone: prepositions, conjunctions, structural particles. */
const FUNCTION_WORD_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv']);

/** Whether a single character, standing alone (a table cell, a list item), would be a bare function word. */
export function isFunctionWordTag(tag: string | undefined): boolean {
  return tag !== undefined && FUNCTION_WORD_TAGS.has(tag);
}
