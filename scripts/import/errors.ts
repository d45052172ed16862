import { LocatedError } from '../../src/lib/located-error.ts';

/** An importer failure that points at the note file and line that caused it. */
export class ImportError extends LocatedError {
  constructor(file: string, line: number | undefined, message: string) {
    super(file, line, message);
    this.name = 'ImportError';
  }
}
