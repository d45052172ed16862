/**
 * `npm run import`: turns the notes in notes/ into MDX pages under src/content/docs/.
 * `npm run import -- --check` changes nothing and fails if the pages are out of date.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { decodeNote } from '../repair/index.ts';
import { runImport } from './run-import.ts';
import { writeGeneratedFiles } from './write-files.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const check = process.argv.includes('--check');

try {
  const { files, report } = runImport({
    notesDir: resolve(root, 'notes'),
    diagramsDir: resolve(root, 'diagrams'),
    publicDir: resolve(root, 'public'),
    decode: (bytes, file) => {
      const decoded = decodeNote(bytes, `notes/${file}`);
      const { report: repair } = decoded;
      const warnings = repair.damagedCharacters > 0
        ? [`repaired ${repair.damagedCharacters} damaged characters (${repair.encoding}; ${repair.decidedByModel} by the language model, ${repair.pinned} pinned)`]
        : [];
      return { text: decoded.text, warnings };
    },
  });
  const summary = writeGeneratedFiles(root, files, check);
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  console.log(`${files.length} pages: ${summary.written.length} ${check ? 'out of date' : 'written'}, ${summary.unchanged.length} unchanged, ${summary.removed.length} ${check ? 'stale' : 'removed'}; ${report.dropped.length} reviewed line drops.`);
  if (check && (summary.written.length > 0 || summary.removed.length > 0)) {
    for (const path of [...summary.written, ...summary.removed]) console.error(`out of date: ${path}`);
    console.error('Run `npm run import` and commit the result.');
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
