/** A problem in an input file (a note, a data file of the content model), pointing at its file and line. */
export class LocatedError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'LocatedError';
    this.file = file;
    this.line = line;
  }
}

/** Several problems found in one pass, reported together so that one run shows all of them. */
export class LocatedErrors extends Error {
  readonly errors: LocatedError[];

  constructor(errors: LocatedError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'LocatedErrors';
    this.errors = errors;
  }
}

/** Throws the collected errors, if any: one alone as itself, several together. */
export function throwAll(errors: LocatedError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new LocatedErrors(errors);
}

/** Runs `read`; a located error (or several) is collected instead of thrown. */
export function collectErrors<T>(errors: LocatedError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof LocatedError) errors.push(error);
    else if (error instanceof LocatedErrors) errors.push(...error.errors);
    else throw error;
    return undefined;
  }
}
