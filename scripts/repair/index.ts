// Public API of the encoding-repair step (used by the importer for every note, and by the CLI).
export { decodeNote, type DecodeOptions } from './decode-note.ts';
export { NoteDecodeError } from './note-decode-error.ts';
export type { DecodedNote, RepairDecision, RepairReport } from './types.ts';
