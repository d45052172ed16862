import { answerKey, questionCatalogueFileSchema, topicOfPage, type QuestionEntry } from '../../schemas/question-catalogue.ts';
import { collectErrors, throwAll, type LocatedError } from '../located-error.ts';
import { DataFileError, dataLocation, readYamlData, yamlFilesIn } from './yaml-data.ts';

export const QUESTIONS_DIR = 'src/content/questions';

export interface QuestionCatalogue {
  /** Every entry, file by file (files in name order), each file in its own order. */
  entries: QuestionEntry[];
  /** Entry by `/page/#anchor`. */
  byKey: Map<string, QuestionEntry>;
}

/**
 * Reads and validates the question catalogue for plain Node (the importer, tests, other
 * tools): every file fits the schema, every entry sits in the file named after its topic (or
 * standalone page), and no answer is listed twice. All problems at once, each with file and line.
 */
export function readQuestionCatalogue(root = process.cwd()): QuestionCatalogue {
  const errors: LocatedError[] = [];
  const entries: QuestionEntry[] = [];
  const byKey = new Map<string, QuestionEntry>();
  for (const { path, file, name: owner } of yamlFilesIn(QUESTIONS_DIR, root, errors)) {
    const read = collectErrors(errors, () => readYamlData(path, questionCatalogueFileSchema, root).data);
    for (const entry of read ?? []) {
      const line = dataLocation(entry)?.line;
      const entryOwner = topicOfPage(entry.page) ?? entry.page;
      if (entryOwner !== owner) {
        errors.push(new DataFileError(file, line, `${answerKey(entry)} belongs in ${QUESTIONS_DIR}/${entryOwner}.yaml (a catalogue file holds the answers of one topic or standalone page)`));
        continue;
      }
      const key = answerKey(entry);
      const previous = byKey.get(key);
      if (previous) {
        const first = dataLocation(previous);
        errors.push(new DataFileError(file, line, `${key} is already listed${first ? ` at ${first.file}:${first.line}` : ''}; an answer has one entry`));
        continue;
      }
      byKey.set(key, entry);
      entries.push(entry);
    }
  }
  throwAll(errors);
  return { entries, byKey };
}
