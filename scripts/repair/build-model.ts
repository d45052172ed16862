// Assembles the language model from the jieba dictionary and the statistics of clean notes.
import { buildClassStatistics } from './class-statistics.ts';
import type { ClassStatistics } from './class-keys.ts';
import { loadJiebaDictionary } from './jieba-dictionary.ts';
import { loadNoteStatistics } from './model-data.ts';
import { buildNoteStatistics, type NoteStatistics } from './note-statistics.ts';
import { createLanguageModel } from './scoring/create-language-model.ts';
import type { LanguageModel } from './scoring/language-model.ts';
import { DEFAULT_WEIGHTS, type ModelWeights } from './scoring/model-weights.ts';
import { buildTriggerStatistics, isTriggerTag, type TriggerStatistics } from './trigger-statistics.ts';

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

export function buildModel(statistics: TextStatistics, weights: ModelWeights = DEFAULT_WEIGHTS): LanguageModel {
  return createLanguageModel({ dictionary: loadJiebaDictionary(), ...statistics }, weights);
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
