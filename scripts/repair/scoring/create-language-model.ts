// Assembles the scoring model from its scorers: jieba words, the notes' character bigram, token-class transitions,
// and the context scores of candidates (span, standing alone, domain, clause triggers).
import type { CharacterCounts } from '../character-counts.ts';
import type { ClassStatistics } from '../class-keys.ts';
import type { WordDictionary } from '../jieba-dictionary.ts';
import type { NoteStatistics } from '../note-statistics.ts';
import type { TriggerStatistics } from '../trigger-statistics.ts';
import type { WordTrigramModel } from '../word-trigram/word-trigram-model.ts';
import { LINE_START_CLASS } from '../word-class.ts';
import { createCharacterBigramScorer } from './character-bigram-scorer.ts';
import { createCharacterUnigram } from './character-unigram.ts';
import { createClassTable } from './class-table.ts';
import { createClassTransitionScorer } from './class-transition-scorer.ts';
import { createDomainScorer } from './domain-scorer.ts';
import { createIsolatedScorer } from './isolated-scorer.ts';
import type { LanguageModel } from './language-model.ts';
import { createLexicalTransitionScorer } from './lexical-transition-scorer.ts';
import { DEFAULT_WEIGHTS, type ModelWeights } from './model-weights.ts';
import { createSpanScorer } from './span-scorer.ts';
import { createTechnicalBigramScorer } from './technical-bigram-scorer.ts';
import { createTriggerScorer } from './trigger-scorer.ts';
import { createWordContextScorer } from './word-context-scorer.ts';
import { createWordScorer } from './word-scorer.ts';

export interface ModelSources {
  dictionary: WordDictionary;
  notes: NoteStatistics;
  /** Without class statistics (while counting them), class transitions score 0. */
  classes?: ClassStatistics;
  triggers?: TriggerStatistics;
  /** The word trigram model derived from Debian's Chinese language data (see word-trigram/). */
  wordTrigram?: WordTrigramModel;
  /** Character counts of Debian's technical Chinese documents (see model-build/). */
  technicalCharacters?: CharacterCounts;
}

export function createLanguageModel(sources: ModelSources, weights: ModelWeights = DEFAULT_WEIGHTS): LanguageModel {
  const { dictionary, notes, classes, triggers, wordTrigram, technicalCharacters } = sources;
  const classTable = createClassTable();
  const lineStartClass = classTable.id(LINE_START_CLASS);
  const unigram = createCharacterUnigram(dictionary, notes, weights);
  const words = createWordScorer(dictionary, unigram, classTable, weights);
  const notesBigram = createCharacterBigramScorer(notes, unigram, weights);
  const technicalBigram = technicalCharacters ? createTechnicalBigramScorer(technicalCharacters, weights) : undefined;
  return {
    weights,
    lookup: (prefix) => dictionary.frequencyOf(prefix),
    wordToken: words.wordToken,
    singleToken: words.singleToken,
    bigramScore: technicalBigram ? (previous, char) => notesBigram(previous, char) + technicalBigram(previous, char) : notesBigram,
    classTransitionScore: createClassTransitionScorer(classes, classTable, weights),
    lexicalTransitionScore: createLexicalTransitionScorer(classes, classTable, weights),
    lineStartClass,
    className: classTable.name,
    spanScore: createSpanScorer(notes, weights),
    isolatedScore: createIsolatedScorer(dictionary, notes, weights),
    domainScore: createDomainScorer(dictionary, notes, weights),
    triggerScore: createTriggerScorer(triggers, notes, weights),
    ...(wordTrigram && weights.wordContext !== 0 ? { wordContext: createWordContextScorer(wordTrigram, weights.wordContext) } : {}),
  };
}
