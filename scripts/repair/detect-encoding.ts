// Decides what a note's bytes are: clean UTF-8, UTF-16, GB18030/GBK, UTF-8 mojibake of a single-byte code page, or an error.
import iconv from 'iconv-lite';
import { codePage, encodeWithCodePage, MOJIBAKE_CODE_PAGE_NAMES, replaceableBytes, type EncodedText } from './code-pages.ts';
import { lineOfByte } from './line-of-byte.ts';
import { NoteDecodeError } from './note-decode-error.ts';
import { scanDamagedUtf8 } from './scan-damaged-utf8.ts';
import { isContinuation, sequenceLength } from './utf8-sequences.ts';

export type DetectedEncoding =
  | { kind: 'utf-8'; text: string; bom: boolean }
  | { kind: 'utf-16'; text: string; endianness: 'le' | 'be'; bom: boolean }
  | { kind: 'gb18030'; text: string }
  /** UTF-8 bytes shown through a code page; `bytes` are the UTF-8 bytes recovered from the shown text. */
  | {
      kind: 'mojibake';
      codePageName: string;
      shownText: string;
      bytes: Uint8Array;
      droppedBytes: number[];
      /** Offsets of bytes shown as U+FFFD, and the bytes each may have been. */
      replaced: number[];
      replacedBytes: number[];
    }
  /** Raw UTF-8 bytes that lost continuation bytes (no code page in between). */
  | { kind: 'dropped-utf-8'; bytes: Uint8Array; droppedBytes: number[] };

const SOFT_HYPHEN = 0xad;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** NUL or many C0 controls mean this is not a text file at all. */
function assertText(bytes: Uint8Array, file: string): void {
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) throw new NoteDecodeError(file, 'binary data (NUL byte); not a text note', lineOfByte(bytes, i));
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (controls > Math.max(2, bytes.length / 1000)) {
    throw new NoteDecodeError(file, `binary data (${controls} control bytes); not a text note`, lineOfByte(bytes, firstControl));
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Offset where a valid UTF-8 prefix ends in an incomplete sequence cut off by the end of the file, if so. */
function truncatedUtf8Tail(bytes: Uint8Array): number | undefined {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const offset = bytes.length - back;
    const lead = bytes[offset] ?? 0;
    if (isContinuation(lead)) continue;
    const length = sequenceLength(lead);
    if (length <= back) return undefined;
    return strictUtf8(bytes.subarray(0, offset)) !== undefined ? offset : undefined;
  }
  return undefined;
}

/** Continuation bytes a code page could have lost: undefined ones, the soft hyphen, and (latin-1) stripped C1 controls. */
function droppableBytes(pageName: string): number[] {
  const page = codePage(pageName);
  const droppable = new Set<number>(page.undefinedBytes.filter((byte) => byte >= 0x80 && byte <= 0xbf));
  droppable.add(SOFT_HYPHEN);
  if (pageName === 'iso-8859-1') for (let byte = 0x80; byte <= 0x9f; byte++) droppable.add(byte);
  return [...droppable].sort((a, b) => a - b);
}

function bytesPresent(bytes: Uint8Array): Set<number> {
  return new Set(bytes);
}

/** Evidence that bytes are UTF-8 with missing continuation bytes (or none missing) rather than text in another encoding. */
function looksLikeDamagedUtf8(bytes: Uint8Array, replaced: readonly number[] = []): boolean {
  const scan = scanDamagedUtf8(bytes, new Set(replaced));
  if (scan.strays.length > 0) return false;
  // A lead byte with no continuation at all is how plain Latin text (é, ï) looks; dropped bytes rarely take them all.
  const loneLeads = scan.damaged.filter((sequence) => sequence.present.length === 0).length;
  const continued = scan.intactMultiByte + scan.damaged.length - loneLeads;
  return continued > 0 && loneLeads <= continued;
}

function detectMojibake(text: string): DetectedEncoding | undefined {
  const shown = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/[\u0080-\u00ff\u0100-\u02ff\u2000-\u206f\u20ac\u2122]/.test(shown)) return undefined;
  let best: { name: string; encoded: EncodedText; intact: number } | undefined;
  const explaining: { name: string; encoded: EncodedText }[] = [];
  for (const name of MOJIBAKE_CODE_PAGE_NAMES) {
    const encoded = encodeWithCodePage(shown, codePage(name));
    if (!encoded || !looksLikeDamagedUtf8(encoded.bytes, encoded.replaced)) continue;
    const intact = scanDamagedUtf8(encoded.bytes, new Set(encoded.replaced)).intactMultiByte;
    explaining.push({ name, encoded });
    if (!best || intact > best.intact) best = { name, encoded, intact };
  }
  if (!best) return undefined;
  const chosen = best.encoded;
  const present = bytesPresent(chosen.bytes);
  for (const offset of chosen.replaced) present.delete(chosen.bytes[offset] ?? 0);
  const dropped = new Set<number>();
  const replacedBytes = new Set<number>();
  // Pages that read the text into the very same bytes are equally likely: allow what any of them could have lost.
  for (const page of explaining) {
    if (Buffer.compare(Buffer.from(page.encoded.bytes), Buffer.from(chosen.bytes)) !== 0) continue;
    for (const byte of droppableBytes(page.name)) if (!present.has(byte)) dropped.add(byte);
    for (const byte of replaceableBytes(codePage(page.name))) replacedBytes.add(byte);
  }
  // Among pages reading the same bytes, name the one whose undefined bytes best explain which bytes never occur.
  const absentDroppable = (name: string): number => droppableBytes(name).filter((byte) => !present.has(byte)).length;
  let name = best.name;
  for (const page of explaining) {
    if (Buffer.compare(Buffer.from(page.encoded.bytes), Buffer.from(chosen.bytes)) === 0 && absentDroppable(page.name) > absentDroppable(name)) name = page.name;
  }
  return {
    kind: 'mojibake',
    codePageName: name,
    shownText: shown,
    bytes: chosen.bytes,
    droppedBytes: [...dropped].sort((a, b) => a - b),
    replaced: chosen.replaced,
    replacedBytes: [...replacedBytes].sort((a, b) => a - b),
  };
}

/** Lossy UTF-8: many U+FFFD mean another encoding was decoded as UTF-8 and its bytes are gone. */
function assertNotReplaced(text: string, file: string): void {
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  const nonAscii = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  if (replaced >= 3 && replaced >= nonAscii * 0.05) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new NoteDecodeError(
      file,
      `${replaced} U+FFFD replacement characters: the text was decoded with the wrong encoding and its bytes are lost; re-export it from the original`,
      line,
    );
  }
}

/** UTF-8 lead bytes shown as Latin letters, followed by continuation bytes shown as symbols: "ä¸­", "â€œ", "ï¼Œ". */
const MOJIBAKE_PAIR = /[\u00c2-\u00f4\u011f][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu;

/** Text that no page explains but that still reads like mojibake must not pass as clean. */
function assertNoUnexplainedMojibake(text: string, file: string): void {
  if (/\p{Script=Han}/u.test(text)) return;
  const pairs = [...text.matchAll(MOJIBAKE_PAIR)];
  const first = pairs[0];
  if (pairs.length >= 3 && first) {
    const line = text.slice(0, first.index).split('\n').length;
    throw new NoteDecodeError(file, `looks like UTF-8 mojibake (${pairs.length} sequences such as ${JSON.stringify(first[0])}) but no supported code page explains it`, line);
  }
}

function detectGb18030(bytes: Uint8Array, file: string): DetectedEncoding {
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  const firstBad = text.indexOf('\uFFFD');
  if (firstBad < 0) {
    if (!/[\u3000-\u9fff\uff00-\uffef]/.test(text)) {
      throw new NoteDecodeError(file, 'not UTF-8, and as GB18030 it holds no Chinese text: unrecognized encoding');
    }
    return { kind: 'gb18030', text };
  }
  const line = text.slice(0, firstBad).split('\n').length;
  if (firstBad === text.length - 1) throw new NoteDecodeError(file, 'truncated: the file ends inside a GB18030 character', line);
  throw new NoteDecodeError(file, 'neither valid UTF-8 nor valid GB18030/GBK: unrecognized encoding', line);
}

/**
 * UTF-16 (what Windows Notepad calls "Unicode"): a byte-order mark, or NUL bytes all in the odd
 * (little-endian) or all in the even (big-endian) positions of text that decodes cleanly. Its
 * ASCII characters carry NUL bytes, so it must be recognized before NUL bytes mean binary data.
 */
function detectUtf16(bytes: Uint8Array): DetectedEncoding | undefined {
  const bom: 'le' | 'be' | undefined = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : undefined;
  let endianness: 'le' | 'be' | undefined = bom;
  if (!endianness) {
    if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
    let even = 0;
    let odd = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
    // Text in UTF-16 has many NULs, nearly all on one side: the high bytes of its ASCII characters
    // (a few CJK characters such as 一 U+4E00 put one on the other side).
    const nuls = even + odd;
    if (nuls < bytes.length / 20 || Math.max(even, odd) < nuls * 0.9) return undefined;
    endianness = odd > even ? 'le' : 'be';
  }
  const text = iconv.decode(Buffer.from(bytes.subarray(bom ? 2 : 0)), endianness === 'le' ? 'utf-16le' : 'utf-16be');
  // A lone surrogate or a control character is not text: then this was not UTF-16 after all.
  if (/[\ud800-\udfff]|[\u0000-\u0008\u000e-\u001f]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) return undefined;
  return { kind: 'utf-16', text, endianness, bom: bom !== undefined };
}

/**
 * UTF-8 with a few invalid bytes (a stray byte from an editor or a bad copy): name the first
 * one where it is, instead of trying other encodings that would misread the whole file.
 */
function assertNoStrayBytes(bytes: Uint8Array, file: string): void {
  const invalid: number[] = [];
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : sequenceLength(lead);
    const sequence = bytes.subarray(i, i + length);
    if (length > 1 && sequence.length === length && strictUtf8(sequence) !== undefined) {
      multiByte++;
      i += length;
    } else if (length === 1 && lead < 0x80) {
      i++;
    } else {
      invalid.push(i);
      i++;
    }
  }
  if (invalid.length === 0 || multiByte === 0 || invalid.length > Math.max(3, multiByte / 100)) return;
  const first = invalid[0]!;
  const line = lineOfByte(bytes, first);
  const lineStart = bytes.lastIndexOf(0x0a, first - 1) + 1;
  const column = (strictUtf8(bytes.subarray(lineStart, first)) ?? '').length + 1;
  const byte = (bytes[first] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  throw new NoteDecodeError(
    file,
    `invalid UTF-8 byte 0x${byte} at column ${column}${invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : ''}; the rest of the file is UTF-8: delete or retype the character there`,
    line,
  );
}

export function detectEncoding(bytes: Uint8Array, file: string): DetectedEncoding {
  const utf16 = detectUtf16(bytes);
  if (utf16) return utf16;
  assertText(bytes, file);
  const text = strictUtf8(bytes);
  if (text !== undefined) {
    const mojibake = detectMojibake(text);
    if (mojibake) return mojibake;
    assertNotReplaced(text, file);
    assertNoUnexplainedMojibake(text, file);
    return { kind: 'utf-8', text, bom: UTF8_BOM.every((byte, i) => bytes[i] === byte) };
  }
  const truncatedAt = truncatedUtf8Tail(bytes);
  if (truncatedAt !== undefined) {
    throw new NoteDecodeError(file, 'truncated: the file ends inside a UTF-8 character', lineOfByte(bytes, truncatedAt));
  }
  if (looksLikeDamagedUtf8(bytes)) {
    const present = bytesPresent(bytes);
    const dropped: number[] = [];
    for (let byte = 0x80; byte <= 0xbf; byte++) if (!present.has(byte)) dropped.push(byte);
    return { kind: 'dropped-utf-8', bytes, droppedBytes: dropped };
  }
  assertNoStrayBytes(bytes, file);
  return detectGb18030(bytes, file);
}
