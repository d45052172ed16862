// `npm run --silent repair -- FILE [--all-decisions] [--json-report PATH]`: repaired UTF-8 on stdout, report on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeNote } from './decode-note.ts';
import { formatReport } from './format-report.ts';
import { NoteDecodeError } from './note-decode-error.ts';

const USAGE = 'usage: npm run --silent repair -- FILE [--all-decisions] [--json-report PATH]';

function main(argv: readonly string[]): number {
  const files: string[] = [];
  let allDecisions = false;
  let jsonReport: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    if (argument === '--all-decisions') allDecisions = true;
    else if (argument === '--json-report') jsonReport = argv[++i];
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else files.push(argument);
  }
  const file = files[0];
  if (files.length !== 1 || file === undefined || (jsonReport === undefined && argv.includes('--json-report'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`${file}: cannot read: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const { text, report } = decodeNote(bytes, file);
    // Clean UTF-8 is written back as the very same bytes (BOM included).
    process.stdout.write(report.encoding === 'utf-8' || report.encoding === 'utf-8-bom' ? bytes : Buffer.from(text, 'utf8'));
    process.stderr.write(formatReport(report, { allDecisions }));
    if (jsonReport !== undefined) writeFileSync(jsonReport, `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NoteDecodeError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
