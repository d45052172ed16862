// Public API of the encoding-repair step (used by the importer for every note, and by the CLI).
export { decodeNote, type DecodeOptions } from './decodeNote.ts';
export { NoteDecodeError } from './noteDecodeError.ts';
export type { DecodedNote, RepairDecision, RepairReport } from './types.ts';
