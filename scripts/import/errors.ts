import { LocatedError } from '../../src/lib/located-error.ts';

/** An importer failure that points at the note file and line that caused it. */
export class ImportError extends LocatedError {
  constructor(file: string, line: number | undefined, message: string) {
    super(file, line, message);
    this.name = 'ImportError';
  }
}

/** Every error of one import run, reported together so one run shows all there is to fix. */
export class ImportErrors extends Error {
  readonly errors: Error[];
  /** Warnings found before the run failed: they often explain the errors (an unclosed fence). */
  readonly warnings: string[];

  constructor(errors: Error[], warnings: string[] = []) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ImportErrors';
    this.errors = errors;
    this.warnings = warnings;
  }
}
