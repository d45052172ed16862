import { answerKey, topicOfPage, type QuestionEntry } from '../../schemas/question-catalogue.ts';

/** A catalogue entry that is practised: an interview question (reference material is not a card). */
export interface PracticeEntry {
  /** `/go/interview/#gmp-scheduler`: the progress key, the Anki guid. */
  key: string;
  page: string;
  anchor: string;
  /** The topic id, or the page itself for a standalone page. */
  topic: string;
  question: string;
  tags: string[];
  /** The catalogue entry, for error messages that name its file and line. */
  source: QuestionEntry;
}

/** The practice cards of the catalogue, in catalogue order (topic files by name, each in page order). */
export function practiceQuestions(entries: readonly QuestionEntry[]): PracticeEntry[] {
  return entries
    .filter((entry) => entry.kind === 'question')
    .map((entry) => ({
      key: answerKey(entry),
      page: entry.page,
      anchor: entry.anchor,
      topic: topicOfPage(entry.page) ?? entry.page,
      question: entry.question,
      tags: entry.tags,
      source: entry,
    }));
}
