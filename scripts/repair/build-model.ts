// Assembles the language model: the jieba dictionary, the statistics of clean notes, and the language data derived
// from Debian packages (word trigram, technical documents' characters; loaded once, only when weighted).
import { buildClassStatistics } from './class-statistics.ts';
import type { ClassStatistics } from './class-keys.ts';
import { loadJiebaDictionary } from './jieba-dictionary.ts';
import { loadNoteStatistics } from './model-data.ts';
import { buildNoteStatistics, type NoteStatistics } from './note-statistics.ts';
import { createLanguageModel } from './scoring/create-language-model.ts';
import type { LanguageModel } from './scoring/language-model.ts';
import { DEFAULT_WEIGHTS, type ModelWeights } from './scoring/model-weights.ts';
import { loadTechnicalCharacters } from './technical-characters-file.ts';
import { buildTriggerStatistics, isTriggerTag, type TriggerStatistics } from './trigger-statistics.ts';
import { loadWordTrigramModel } from './word-trigram/load-word-trigram-model.ts';
import type { WordTrigramModel } from './word-trigram/word-trigram-model.ts';
import type { CharacterCounts } from './character-counts.ts';

export interface TextStatistics {
  notes: NoteStatistics;
  classes: ClassStatistics;
  triggers: TriggerStatistics;
}

/** Counts characters and token classes of clean notes (used for the committed data and for held-out evaluation). */
export function statisticsOfTexts(cleanNotes: readonly string[], weights: ModelWeights = DEFAULT_WEIGHTS): TextStatistics {
  const dictionary = loadJiebaDictionary();
  const notes = buildNoteStatistics(cleanNotes);
  const segmenter = createLanguageModel({ dictionary, notes }, { ...weights, wordClass: 0 });
  return {
    notes,
    classes: buildClassStatistics(cleanNotes, segmenter),
    triggers: buildTriggerStatistics(cleanNotes, (char) => isTriggerTag(dictionary.partOfSpeechOf(char))),
  };
}

let wordTrigram: WordTrigramModel | undefined;
let technicalCharacters: CharacterCounts | undefined;

export function buildModel(statistics: TextStatistics, weights: ModelWeights = DEFAULT_WEIGHTS): LanguageModel {
  if (weights.wordContext !== 0) wordTrigram ??= loadWordTrigramModel();
  if (weights.technicalBigram !== 0) technicalCharacters ??= loadTechnicalCharacters();
  return createLanguageModel(
    {
      dictionary: loadJiebaDictionary(),
      ...statistics,
      ...(weights.wordContext !== 0 ? { wordTrigram } : {}),
      ...(weights.technicalBigram !== 0 ? { technicalCharacters } : {}),
    },
    weights,
  );
}

export function buildModelFromTexts(cleanNotes: readonly string[], weights: ModelWeights = DEFAULT_WEIGHTS): LanguageModel {
  return buildModel(statisticsOfTexts(cleanNotes, weights), weights);
}

let defaultModel: LanguageModel | undefined;

/** The production model: jieba plus the committed statistics of the clean notes. */
export function loadDefaultModel(): LanguageModel {
  defaultModel ??= buildModel(loadNoteStatistics());
  return defaultModel;
}
