// The damage this step undoes, as a function: UTF-8 bytes shown through a code page that drops some bytes.
import { codePage } from './code-pages.ts';

/** What note 000 suffered: Windows-1254 leaves these bytes undefined, and the soft hyphen (0xAD) was stripped. */
export const WINDOWS_1254_DROPPED_BYTES: readonly number[] = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad];

/** Encodes text as UTF-8, drops every byte in `droppedBytes`, and decodes the rest with the code page. */
export function damageText(
  text: string,
  codePageName = 'windows-1254',
  droppedBytes: readonly number[] = WINDOWS_1254_DROPPED_BYTES,
): string {
  const page = codePage(codePageName);
  const dropped = new Set(droppedBytes);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (dropped.has(byte)) continue;
    out += page.charOfByte[byte] ?? String.fromCharCode(byte);
  }
  return out;
}
