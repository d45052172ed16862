// The one error type of the repair step: it always names the file, and the line when one is meaningful.

export class NoteDecodeError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'NoteDecodeError';
    this.file = file;
    this.line = line;
  }
}
