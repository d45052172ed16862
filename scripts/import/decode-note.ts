import { decodeNote, type RepairReport } from '../repair/index.ts';

/**
 * A note's bytes as text, through the encoding repair, with what the repair did as warnings.
 * A byte-order mark goes (it would hide a first-line heading) and Windows line endings become
 * `\n`; line numbers stay those of the file.
 */
export function decodeForImport(bytes: Uint8Array, file: string): { text: string; warnings: { line?: number; message: string }[] } {
  const decoded = decodeNote(bytes, `notes/${file}`);
  return { text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), warnings: repairWarnings(decoded.report) };
}

/** What the repair did, each with the line a reader should look at. */
export function repairWarnings(report: RepairReport): { line?: number; message: string }[] {
  if (report.damagedCharacters === 0) return [];
  const lines = [...new Set(report.decisions.map((decision) => decision.line))];
  const shown = lines.length > 12 ? `${lines.slice(0, 12).join(', ')} … (${lines.length} lines)` : lines.join(', ');
  return [
    {
      line: lines.length === 1 ? lines[0] : undefined,
      message: `repaired ${report.damagedCharacters} damaged characters (${report.encoding}; ${report.decidedByModel} by the language model, ${report.pinned} pinned) on line${lines.length === 1 ? '' : 's'} ${shown}`,
    },
    ...report.lowConfidence.map((decision) => ({
      line: decision.line,
      message: `low-confidence repair "${decision.chosen}" (alternatives: ${decision.alternatives.slice(1, 4).map((alternative) => alternative.text).join(' / ')}); check it against the original`,
    })),
  ];
}

