// Emoji sequences follow fixed rules (UTS #51); these override the statistics, which rarely see emoji.
import { isPictographic, isTextDefaultEmoji } from '../character-prior.ts';

const VARIATION_SELECTOR_16 = '\uFE0F';
const VARIATION_SELECTOR_15 = '\uFE0E';
const ZERO_WIDTH_JOINER = '\u200D';
const COMBINING_KEYCAP = '\u20E3';

/** log P(char | previous) where an emoji rule decides it, undefined elsewhere. */
export function emojiSequenceLogProbability(previous: string, char: string): number | undefined {
  if (char === VARIATION_SELECTOR_16) {
    if (isTextDefaultEmoji(previous)) return Math.log(0.9);
    if (isPictographic(previous)) return Math.log(0.05);
    if (/^[0-9#*]$/.test(previous)) return Math.log(0.01);
    return Math.log(1e-9);
  }
  if (char === VARIATION_SELECTOR_15) return isPictographic(previous) ? Math.log(0.01) : Math.log(1e-10);
  if (char === ZERO_WIDTH_JOINER) return isPictographic(previous) ? Math.log(0.05) : Math.log(1e-9);
  if (char === COMBINING_KEYCAP) return previous === VARIATION_SELECTOR_16 ? Math.log(0.5) : Math.log(1e-9);
  if (previous === ZERO_WIDTH_JOINER) return isPictographic(char) ? Math.log(0.5) : undefined;
  return undefined;
}
