// UTF-8 sequence arithmetic shared by detection, damage scanning and candidate generation.

/** Length of the sequence a lead byte starts: 1-4, or 0 for a continuation byte or a byte UTF-8 never uses as lead. */
export function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** Decodes one complete sequence, or returns undefined when it is overlong, a surrogate or beyond U+10FFFF. */
export function decodeSequence(bytes: readonly number[]): number | undefined {
  const lead = bytes[0];
  if (lead === undefined) return undefined;
  const length = sequenceLength(lead);
  if (length === 0 || bytes.length !== length) return undefined;
  if (length === 1) return lead;
  let code = lead & (0xff >> (length + 1));
  for (let i = 1; i < length; i++) {
    const byte = bytes[i];
    if (byte === undefined || !isContinuation(byte)) return undefined;
    code = (code << 6) | (byte & 0x3f);
  }
  const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return code;
}
