// Single-byte code pages that UTF-8 text is commonly mis-decoded with, as byte<->character tables.
import iconv from 'iconv-lite';

export interface CodePage {
  name: string;
  /** Character each byte decodes to, or undefined where the code page leaves the byte undefined. */
  charOfByte: (string | undefined)[];
  /** Reverse table; undefined bytes in 0x80-0x9F also accept their C1 control (what browsers decode them to). */
  byteOfChar: Map<string, number>;
  undefinedBytes: number[];
}

/** Preference order: earlier pages win when several explain the text equally well. */
export const MOJIBAKE_CODE_PAGE_NAMES = [
  'windows-1252',
  'windows-1254',
  'iso-8859-1',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
] as const;

function buildCodePage(name: string): CodePage {
  const charOfByte: (string | undefined)[] = [];
  const byteOfChar = new Map<string, number>();
  const undefinedBytes: number[] = [];
  for (let byte = 0; byte < 256; byte++) {
    const char = iconv.decode(Buffer.from([byte]), name);
    if (char === '\uFFFD') {
      charOfByte.push(undefined);
      undefinedBytes.push(byte);
      if (byte >= 0x80 && byte <= 0x9f) byteOfChar.set(String.fromCharCode(byte), byte);
    } else {
      charOfByte.push(char);
      byteOfChar.set(char, byte);
    }
  }
  return { name, charOfByte, byteOfChar, undefinedBytes };
}

const cache = new Map<string, CodePage>();

export function codePage(name: string): CodePage {
  let page = cache.get(name);
  if (!page) {
    page = buildCodePage(name);
    cache.set(name, page);
  }
  return page;
}

export interface EncodedText {
  bytes: Uint8Array;
  /** Offsets of U+FFFD characters: the decoder replaced an undefined byte there (its value is unknown). */
  replaced: number[];
}

/** Undefined bytes that can be UTF-8 continuation bytes: what a U+FFFD in UTF-8 mojibake stands for. */
export function replaceableBytes(page: CodePage): number[] {
  return page.undefinedBytes.filter((byte) => byte >= 0x80 && byte <= 0xbf);
}

/** Re-encodes text with a code page; undefined when some character has no byte there. */
export function encodeWithCodePage(text: string, page: CodePage): EncodedText | undefined {
  const out = new Uint8Array(text.length);
  const replaced: number[] = [];
  const placeholder = replaceableBytes(page)[0];
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    if (code === 0xfffd && placeholder !== undefined) {
      replaced.push(length);
      out[length++] = placeholder;
      continue;
    }
    const byte = page.byteOfChar.get(text[i] ?? '');
    if (byte === undefined) return undefined;
    out[length++] = byte;
  }
  return { bytes: out.subarray(0, length), replaced };
}
