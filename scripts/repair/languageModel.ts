// The scoring model: jieba word log-probabilities, a token-class bigram, and a note-trained character bigram.
import { characterPrior, isPictographic, isTextDefaultEmoji } from './characterPrior.ts';
import { classPairKey, lexicalKey, RUN_CLASSES, type ClassStatistics } from './classStatistics.ts';
import type { WordDictionary } from './jiebaDictionary.ts';
import { spanKey, type NoteStatistics } from './noteStatistics.ts';
import type { TriggerStatistics } from './triggerStatistics.ts';
import { isFunctionWordTag, typesettingPenalty } from './typesetting.ts';
import { classOfWord, LINE_START_CLASS } from './wordClass.ts';

export interface ModelWeights {
  /** Weight of the word log-probability (jieba unigram). */
  word: number;
  /** Weight of the character bigram association log P(char | previous) / P(char). */
  bigram: number;
  /** Weight of the class-pair association log P(class | previous class) / P(class). */
  wordClass: number;
  /** Absolute discount of the character bigram counts (0 < D < 1); 0 selects Witten-Bell smoothing. */
  bigramDiscount: number;
  /** Mixture of the unigram the character bigram backs off to. */
  notesUnigram: number;
  dictionaryUnigram: number;
  symbolPrior: number;
  /** Weight of the association between a character and its Markdown span type (heading, bold, table...). */
  span: number;
  /** Weight of class transitions lexicalized on the Han character at the token boundary (beyond the class level). */
  lexical: number;
  /** Weight of the association between a character and standing alone (a table cell, see standsAlone.ts). */
  isolated: number;
  /** Scale of the unigram prior given to characters the dictionary has no single-character entry for. */
  unknownSingleScale: number;
  /** Weight of the domain adaptation ratio log P_notes(char) / P_dictionary(char) of a candidate. */
  domain: number;
  /** Pseudo-count pulling the notes' character distribution toward the dictionary's (trust in the notes). */
  domainPseudoCount: number;
  /** Weight of the clause-trigger association of a candidate with the intact Han characters before it. */
  trigger: number;
  /** Pseudo-count of the trigger association's observed/expected ratio. */
  triggerSmoothing: number;
}

/** Tuned on leave-one-note-out round trips of notes 001-004 (see evaluate.ts); note 000 broke near-ties. */
export const DEFAULT_WEIGHTS: ModelWeights = {
  word: 1.5,
  bigram: 1,
  wordClass: 1,
  bigramDiscount: 0.9,
  notesUnigram: 0.3,
  dictionaryUnigram: 0.6,
  symbolPrior: 0.1,
  unknownSingleScale: 0.01,
  span: 1,
  isolated: 1,
  lexical: 1,
  domain: 0.4,
  domainPseudoCount: 70,
  trigger: 2,
  triggerSmoothing: 2,
};

/** ASCII characters are never damaged; as single tokens they all get this dictionary-scale frequency. */
const ASCII_SINGLE_FREQUENCY = 1;

export interface Token {
  /** Weighted word log-probability. */
  score: number;
  wordClass: number;
}

export interface LanguageModel {
  weights: ModelWeights;
  /** Frequency of a dictionary word or prefix (0 = prefix only), undefined when no word starts so. */
  lookup(prefix: string): number | undefined;
  /** A dictionary word of two or more characters. */
  wordToken(word: string, frequency: number): Token;
  /** A character standing alone as a token. */
  singleToken(char: string): Token;
  /** Weighted log P(char | previous char); previous may be the line-start marker. */
  bigramScore(previous: string, char: string): number;
  /** Weighted class association of two consecutive tokens. */
  classTransitionScore(previous: number, current: number): number;
  /** Weighted lexical refinement of a transition: does this boundary character favour the next (previous) class? */
  lexicalTransitionScore(previousClass: number, lastChar: string, currentClass: number, firstChar: string): number;
  lineStartClass: number;
  className(id: number): string;
  /** Weighted log P(char | span type) / P(char), 0 when the notes know too little. */
  spanScore(char: string, spanType: string): number;
  /** Weighted log P(char | standing alone) / P(char). */
  isolatedScore(char: string): number;
  /** Weighted domain ratio of a candidate character: how much more the notes use it than general Chinese. */
  domainScore(char: string): number;
  /** Weighted association of a candidate with the triggers before it in its clause. */
  triggerScore(triggers: readonly string[], char: string): number;
}

/** A preposition or conjunction alone in a table cell or list item is close to impossible. */
const ISOLATED_FUNCTION_WORD = Math.log(0.01);

/** Pseudo-count in observed/expected ratios of context-specific counts: rare characters stay near 0. */
const CONTEXT_SMOOTHING = 3;

const VARIATION_SELECTOR_16 = '\uFE0F';
const VARIATION_SELECTOR_15 = '\uFE0E';
const ZERO_WIDTH_JOINER = '\u200D';
const COMBINING_KEYCAP = '\u20E3';

/** Emoji sequences follow fixed rules (UTS #51); these override the statistics, which rarely see emoji. */
function emojiSequenceLogProbability(previous: string, char: string): number | undefined {
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

/** Pseudo-count of the observed/expected ratio of class pairs. */
const CLASS_SMOOTHING = 3;

export function createLanguageModel(
  dictionary: WordDictionary,
  notes: NoteStatistics,
  classes: ClassStatistics | undefined,
  weights: ModelWeights = DEFAULT_WEIGHTS,
  triggers?: TriggerStatistics,
): LanguageModel {
  const logTotal = Math.log(dictionary.total);
  const baseCache = new Map<string, number>();
  const bigramCache = new Map<string, number>();
  const classIds = new Map<string, number>();
  const classNames: string[] = [];
  const classId = (name: string): number => {
    let id = classIds.get(name);
    if (id === undefined) {
      id = classNames.length;
      classIds.set(name, id);
      classNames.push(name);
    }
    return id;
  };
  const lineStartClass = classId(LINE_START_CLASS);
  const classContext = new Map<string, number>();
  if (classes) for (const [key, count] of classes.bigram) {
    const previous = key.slice(0, key.indexOf('\u0001'));
    classContext.set(previous, (classContext.get(previous) ?? 0) + count);
  }
  const transitionCache = new Map<number, number>();
  const classTransitionScore = (previous: number, current: number): number => {
    if (!classes || weights.wordClass === 0) return 0;
    const key = previous * 65536 + current;
    let score = transitionCache.get(key);
    if (score === undefined) {
      const previousName = classNames[previous] ?? '';
      const currentName = classNames[current] ?? '';
      if (previousName === currentName && RUN_CLASSES.has(currentName)) return 0;
      const marginal = (classes.unigram.get(currentName) ?? 0) / Math.max(1, classes.total);
      const pair = classes.bigram.get(classPairKey(previousName, currentName)) ?? 0;
      const context = classContext.get(previousName) ?? 0;
      // Observed over expected pair count, pulled toward 1: classes the notes never saw stay neutral.
      const expected = context * marginal;
      score = weights.wordClass * Math.log((pair + CLASS_SMOOTHING) / (expected + CLASS_SMOOTHING));
      transitionCache.set(key, score);
    }
    return score;
  };

  /** Observed/expected ratio of a lexicalized transition, where expected follows the class-level pair rate. */
  const lexicalRatio = (observed: number, total: number, classRate: number): number =>
    Math.log((observed + CLASS_SMOOTHING) / (total * classRate + CLASS_SMOOTHING));
  const classPairRate = (previousName: string, currentName: string, direction: '>' | '<'): number => {
    if (!classes) return 0;
    const pair = classes.bigram.get(classPairKey(previousName, currentName)) ?? 0;
    const total = direction === '>' ? (classContext.get(previousName) ?? 0) : (classes.unigram.get(currentName) ?? 0);
    return total > 0 ? pair / total : 0;
  };
  const lexicalCache = new Map<string, number>();
  const lexicalTransitionScore = (previousClass: number, lastChar: string, currentClass: number, firstChar: string): number => {
    // Statistics exist only for Han characters, none of which lies below U+2E80: skip the common ASCII case fast.
    if (!classes || weights.lexical === 0 || (lastChar.charCodeAt(0) < 0x2e80 && firstChar.charCodeAt(0) < 0x2e80)) return 0;
    const key = `${previousClass}\u0001${lastChar}\u0001${currentClass}\u0001${firstChar}`;
    let score = lexicalCache.get(key);
    if (score === undefined) {
      const previousName = classNames[previousClass] ?? '';
      const currentName = classNames[currentClass] ?? '';
      score = 0;
      const outgoing = classes.lexical.get(lexicalKey('>', previousName, lastChar)) ?? 0;
      if (outgoing > 0) {
        const observed = classes.lexical.get(lexicalKey('>', previousName, lastChar, currentName)) ?? 0;
        score += lexicalRatio(observed, outgoing, classPairRate(previousName, currentName, '>'));
      }
      const incoming = classes.lexical.get(lexicalKey('<', currentName, firstChar)) ?? 0;
      if (incoming > 0) {
        const observed = classes.lexical.get(lexicalKey('<', previousName, currentName, firstChar)) ?? 0;
        score += lexicalRatio(observed, incoming, classPairRate(previousName, currentName, '<'));
      }
      score *= weights.lexical;
      lexicalCache.set(key, score);
    }
    return score;
  };

  const nonAsciiTotal = Math.max(1, [...notes.spanTotals.values()].reduce((sum, count) => sum + count, 0));

  const baseProbability = (char: string): number => {
    let probability = baseCache.get(char);
    if (probability === undefined) {
      const notesShare = notes.total > 0 ? (notes.unigram.get(char) ?? 0) / notes.total : 0;
      const dictionaryShare = dictionary.charFrequencyOf(char) / dictionary.charTotal;
      probability =
        weights.notesUnigram * notesShare +
        weights.dictionaryUnigram * dictionaryShare +
        weights.symbolPrior * characterPrior(char);
      baseCache.set(char, probability);
    }
    return probability;
  };

  return {
    weights,
    lookup: (prefix) => dictionary.frequencyOf(prefix),
    wordToken: (word, frequency) => ({
      score: weights.word * (Math.log(frequency) - logTotal),
      wordClass: classId(classOfWord(word, dictionary)),
    }),
    singleToken: (char) => {
      const frequency = char.charCodeAt(0) < 0x80 ? 0 : (dictionary.frequencyOf(char) ?? 0);
      // Characters the dictionary lacks as words (symbols, emoji, bound morphemes) fall back to their unigram prior.
      const logProbability =
        frequency > 0
          ? Math.log(frequency) - logTotal
          : char.charCodeAt(0) >= 0x80
            ? Math.log(weights.unknownSingleScale * baseProbability(char))
            : Math.log(ASCII_SINGLE_FREQUENCY) - logTotal;
      return {
        score: weights.word * logProbability,
        wordClass: classId(classOfWord(char, dictionary)),
      };
    },
    bigramScore: (previous, char) => {
      const key = previous + char;
      let score = bigramCache.get(key);
      if (score === undefined) {
        let logProbability = emojiSequenceLogProbability(previous, char);
        if (logProbability === undefined) {
          const seen = notes.bigram.get(key) ?? 0;
          const context = notes.contextCount.get(previous) ?? 0;
          const types = notes.contextTypes.get(previous) ?? 0;
          const base = baseProbability(char);
          // Absolute discounting: one sighting in a small corpus is weak evidence, so each seen pair gives up D.
          const discount = weights.bigramDiscount;
          const probability =
            context === 0 ? base : discount > 0 ? (Math.max(seen - discount, 0) + discount * types * base) / context : (seen + types * base) / (context + types);
          logProbability = Math.log(Math.max(probability, 1e-300));
        }
        // Association, not probability: the unigram is already in the word score.
        logProbability -= Math.log(Math.max(baseProbability(char), 1e-300));
        logProbability += typesettingPenalty(previous, char);
        score = weights.bigram * logProbability;
        bigramCache.set(key, score);
      }
      return score;
    },
    classTransitionScore,
    lexicalTransitionScore,
    spanScore: (char, spanType) => {
      if (weights.span === 0) return 0;
      const expected = ((notes.unigram.get(char) ?? 0) * (notes.spanTotals.get(spanType) ?? 0)) / nonAsciiTotal;
      return weights.span * Math.log(((notes.spanCounts.get(spanKey(spanType, char)) ?? 0) + CONTEXT_SMOOTHING) / (expected + CONTEXT_SMOOTHING));
    },
    isolatedScore: (char) => {
      if (weights.isolated === 0) return 0;
      if ((dictionary.frequencyOf(char) ?? 0) > 0 && isFunctionWordTag(dictionary.partOfSpeechOf(char))) return ISOLATED_FUNCTION_WORD;
      const expected = ((notes.unigram.get(char) ?? 0) * notes.isolatedTotal) / nonAsciiTotal;
      return weights.isolated * Math.log(((notes.isolated.get(char) ?? 0) + CONTEXT_SMOOTHING) / (expected + CONTEXT_SMOOTHING));
    },
    domainScore: (char) => {
      if (weights.domain === 0) return 0;
      const general = dictionary.charFrequencyOf(char) / dictionary.charTotal + characterPrior(char);
      const beta = weights.domainPseudoCount;
      const domain = ((notes.unigram.get(char) ?? 0) + beta * general) / (notes.total + beta);
      return weights.domain * Math.log(domain / general);
    },
    triggerScore: (before, char) => {
      if (!triggers || weights.trigger === 0 || triggers.total === 0) return 0;
      const share = (notes.unigram.get(char) ?? 0) / triggers.total;
      let score = 0;
      for (const trigger of before) {
        const expected = (triggers.triggerTotals.get(trigger) ?? 0) * share;
        const observed = triggers.pairs.get(trigger + char) ?? 0;
        score += Math.log((observed + weights.triggerSmoothing) / (expected + weights.triggerSmoothing));
      }
      return weights.trigger * score;
    },
    lineStartClass,
    className: (id) => classNames[id] ?? '',
  };
}
