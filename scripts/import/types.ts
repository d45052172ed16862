import type { Heading, Root, RootContent } from 'mdast';

/** A note as read from notes/: its file name, decoded text and Markdown tree. */
export interface Note {
  /** File name inside notes/, e.g. `003_0ede1c37b8f50940.txt`. */
  file: string;
  /** Short id used in the topic map: the three-digit prefix, e.g. `003`. */
  id: string;
  text: string;
  tree: Root;
}

/** A line the importer removed on purpose; every one must be in the reviewed allowlist. */
export interface DroppedLine {
  note: string;
  line: number;
  text: string;
  reason: DropReason;
}

export type DropReason =
  | 'scrape-artifact'
  | 'copy-button-artifact'
  | 'handwritten-toc'
  | 'html-comment'
  | 'chat-artifact'
  | 'dissolved-category-heading'
  | 'duplicate-section'
  | 'code-comment-marker'
  | 'global-question-number';

/** A heading plus everything under it, as the note's own outline gives it. */
export interface Section {
  note: string;
  heading: Heading | null;
  /** Heading text without Markdown, emoji decoration or trailing anchor links. */
  title: string;
  depth: number;
  /** Blocks directly under the heading, before its first sub-section. */
  blocks: RootContent[];
  children: Section[];
  parent: Section | null;
  startLine: number;
  endLine: number;
}

export interface ImportReport {
  dropped: DroppedLine[];
  warnings: string[];
}

/** What every normalization step receives besides the tree: where it is and how to report. */
export interface StepContext {
  note: Note;
  /** Records a line removed on purpose (checked against the reviewed allowlist). */
  drop(line: number, text: string, reason: DropReason): void;
  warn(line: number | undefined, message: string): void;
  /** Records an error at a line; the import goes on to find the others, then fails naming them all. */
  fail(line: number | undefined, message: string): void;
}

export type NormalizationStep = (tree: Root, context: StepContext) => void;
