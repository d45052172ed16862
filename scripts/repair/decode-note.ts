// The importer's entry point: any note's bytes in, its restored UTF-8 text and a report out.
import { loadDefaultModel } from './build-model.ts';
import { codePage } from './code-pages.ts';
import { loadCorrections, sha256Hex, type Pin } from './corrections.ts';
import { detectEncoding } from './detect-encoding.ts';
import type { LanguageModel } from './scoring/language-model.ts';
import { LOW_CONFIDENCE, repairDroppedBytes } from './repair-dropped-bytes.ts';
import type { DecodedNote, RepairReport } from './types.ts';

export interface DecodeOptions {
  /** Defaults to jieba plus the committed note statistics. */
  model?: LanguageModel;
  /** Defaults to scripts/repair/corrections.json; pass [] to see what the model decides alone. */
  pins?: readonly Pin[];
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function undamagedReport(file: string, encoding: string): RepairReport {
  return { file, encoding, damagedCharacters: 0, decidedByModel: 0, pinned: 0, lowConfidence: [], decisions: [], droppedBytes: [], unusedPins: [] };
}

export function decodeNote(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedNote {
  const detected = detectEncoding(bytes, file);
  if (detected.kind === 'utf-8') return { text: detected.text, report: undamagedReport(file, detected.bom ? 'utf-8-bom' : 'utf-8') };
  if (detected.kind === 'gb18030') return { text: detected.text, report: undamagedReport(file, 'gb18030') };
  if (detected.kind === 'utf-16') return { text: detected.text, report: undamagedReport(file, `utf-16${detected.endianness}${detected.bom ? '-bom' : ''}`) };

  const noteSha256 = sha256Hex(bytes);
  const pins = (options.pins ?? loadCorrections()).filter((pin) => pin.noteSha256 === noteSha256);
  const page = detected.kind === 'mojibake' ? codePage(detected.codePageName) : undefined;
  const shownText = detected.kind === 'mojibake' ? detected.shownText : undefined;
  const repaired = repairDroppedBytes({
    file,
    bytes: detected.bytes,
    droppedBytes: detected.droppedBytes,
    replaced: detected.kind === 'mojibake' ? detected.replaced : [],
    replacedBytes: detected.kind === 'mojibake' ? detected.replacedBytes : [],
    // Mojibake text holds one UTF-16 unit per byte, so byte offsets index the shown text directly.
    renderDamaged: (start, end) =>
      shownText !== undefined ? shownText.slice(start, end) : [...detected.bytes.subarray(start, end)].map((byte) => page?.charOfByte[byte] ?? String.fromCharCode(byte)).join(''),
    model: options.model ?? loadDefaultModel(),
    pins,
  });
  const pinnedCount = repaired.decisions.filter((decision) => decision.source === 'pinned').length;
  return {
    text: repaired.text,
    report: {
      file,
      encoding: detected.kind === 'mojibake' ? `utf-8-as-${detected.codePageName}` : 'utf-8-with-dropped-bytes',
      damagedCharacters: repaired.decisions.length,
      decidedByModel: repaired.decisions.length - pinnedCount,
      pinned: pinnedCount,
      lowConfidence: repaired.decisions.filter((decision) => decision.source === 'model' && decision.confidence < LOW_CONFIDENCE),
      decisions: repaired.decisions,
      droppedBytes: detected.droppedBytes.map(hex),
      unusedPins: repaired.unusedPins.map((pin) => `line ${pin.line}: ${pin.context}`),
    },
  };
}
