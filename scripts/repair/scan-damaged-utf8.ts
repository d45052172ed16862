// Splits bytes into characters: intact UTF-8 sequences, damaged ones (missing continuation bytes), and strays.
import { REPLACED_BYTE } from './candidate-characters.ts';
import { decodeSequence, isContinuation, sequenceLength } from './utf8-sequences.ts';

export interface DamagedSequence {
  /** Index of the character in the scanned character list. */
  index: number;
  byteOffset: number;
  lead: number;
  /** Continuation bytes that survived, in order; REPLACED_BYTE where only a U+FFFD survived. */
  present: number[];
  length: number;
}

export interface ScannedBytes {
  /** Decoded characters; '' at damaged positions. */
  chars: string[];
  damaged: DamagedSequence[];
  /** Byte offsets that no dropped-byte damage explains (lone continuation, invalid lead, invalid sequence). */
  strays: number[];
  /** Complete multi-byte sequences: evidence that the bytes really are UTF-8. */
  intactMultiByte: number;
}

/** `replaced` holds offsets of bytes whose value is unknown (shown as U+FFFD); their sequences count as damaged. */
export function scanDamagedUtf8(bytes: Uint8Array, replaced: ReadonlySet<number> = new Set()): ScannedBytes {
  const chars: string[] = [];
  const damaged: DamagedSequence[] = [];
  const strays: number[] = [];
  let intactMultiByte = 0;
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    const length = sequenceLength(lead);
    if (length === 1) {
      chars.push(String.fromCharCode(lead));
      offset++;
      continue;
    }
    if (length === 0) {
      strays.push(offset);
      offset++;
      continue;
    }
    const present: number[] = [];
    let next = offset + 1;
    while (next < bytes.length && present.length < length - 1 && isContinuation(bytes[next] ?? 0)) {
      present.push(replaced.has(next) ? REPLACED_BYTE : (bytes[next] ?? 0));
      next++;
    }
    if (present.length === length - 1 && !present.includes(REPLACED_BYTE)) {
      const code = decodeSequence([lead, ...present]);
      if (code === undefined) strays.push(offset);
      else {
        chars.push(String.fromCodePoint(code));
        intactMultiByte++;
      }
    } else {
      damaged.push({ index: chars.length, byteOffset: offset, lead, present, length });
      chars.push('');
    }
    offset = next;
  }
  return { chars, damaged, strays, intactMultiByte };
}
