// Assembles the language model from the jieba dictionary and the statistics of clean notes.
import { buildClassStatistics, type ClassStatistics } from './classStatistics.ts';
import { loadJiebaDictionary } from './jiebaDictionary.ts';
import { createLanguageModel, DEFAULT_WEIGHTS, type LanguageModel, type ModelWeights } from './languageModel.ts';
import { loadNoteStatistics } from './modelData.ts';
import { buildNoteStatistics, type NoteStatistics } from './noteStatistics.ts';
import { buildTriggerStatistics, isTriggerTag, type TriggerStatistics } from './triggerStatistics.ts';

export interface TextStatistics {
  notes: NoteStatistics;
  classes: ClassStatistics;
  triggers: TriggerStatistics;
}

/** Counts characters and token classes of clean notes (used for the committed data and for held-out evaluation). */
export function statisticsOfTexts(cleanNotes: readonly string[], weights: ModelWeights = DEFAULT_WEIGHTS): TextStatistics {
  const dictionary = loadJiebaDictionary();
  const notes = buildNoteStatistics(cleanNotes);
  const segmenter = createLanguageModel(dictionary, notes, undefined, { ...weights, wordClass: 0 });
  return {
    notes,
    classes: buildClassStatistics(cleanNotes, segmenter),
    triggers: buildTriggerStatistics(cleanNotes, (char) => isTriggerTag(dictionary.partOfSpeechOf(char))),
  };
}

export function buildModel(statistics: TextStatistics, weights: ModelWeights = DEFAULT_WEIGHTS): LanguageModel {
  return createLanguageModel(loadJiebaDictionary(), statistics.notes, statistics.classes, weights, statistics.triggers);
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
