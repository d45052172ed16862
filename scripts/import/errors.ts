/** An importer failure that points at the note file and line that caused it. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }
}
