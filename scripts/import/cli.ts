/**
 * `npm run import`: turns the notes in notes/ into Markdown pages under src/content/docs/.
 * `npm run import -- --check` changes nothing and fails if the pages are out of date.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { decodeForImport } from './decode-note.ts';
import { ImportErrors } from './errors.ts';
import { runImport } from './run-import.ts';
import { writeGeneratedFiles } from './write-files.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const check = process.argv.includes('--check');

try {
  const { files, report } = runImport({
    notesDir: resolve(root, 'notes'),
    diagramsDir: resolve(root, 'diagrams'),
    publicDir: resolve(root, 'public'),
    decode: decodeForImport,
  });
  const summary = writeGeneratedFiles(root, files, check);
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  for (const drop of report.dropped) console.log(`dropped: notes/${drop.note}:${drop.line} (${drop.reason}) ${visible(drop.text)}`);
  console.log(`${files.length} pages: ${summary.written.length} ${check ? 'out of date' : 'written'}, ${summary.unchanged.length} unchanged, ${summary.removed.length} ${check ? 'stale' : 'removed'}; ${report.dropped.length} reviewed drops.`);
  if (check && (summary.written.length > 0 || summary.removed.length > 0)) {
    for (const path of [...summary.written, ...summary.removed]) console.error(`out of date: ${path}`);
    console.error('Run `npm run import` and commit the result.');
    process.exit(1);
  }
} catch (error) {
  if (error instanceof ImportErrors) for (const warning of error.warnings) console.warn(`warning: ${warning}`);
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** A dropped text as a terminal shows it: invisible characters spelled out (U+F06C). */
function visible(text: string): string {
  return JSON.stringify(text).replace(/[\uE000-\uF8FF\u200B-\u200F\uFEFF]/gu, (character) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
