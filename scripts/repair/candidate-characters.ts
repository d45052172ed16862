// Every character a damaged UTF-8 sequence may have been: re-insert the missing continuation bytes.
import { isImpossibleCharacter } from './character-prior.ts';
import { decodeSequence } from './utf8-sequences.ts';

/** Ways to choose `missing` slot indices among `slots` (increasing order). */
function missingSlotChoices(slots: number, missing: number): number[][] {
  const choices: number[][] = [];
  const walk = (from: number, picked: number[]): void => {
    if (picked.length === missing) {
      choices.push([...picked]);
      return;
    }
    for (let slot = from; slot < slots; slot++) walk(slot + 1, [...picked, slot]);
  };
  walk(0, []);
  return choices;
}

/** A present continuation byte that the decoder replaced by U+FFFD: it was one of the code page's undefined bytes. */
export const REPLACED_BYTE = -1;

/**
 * Candidates for a lead byte followed by only some of its continuation bytes (in order), some possibly replaced.
 * Any missing slot may have held any dropped byte; a replaced byte any of `replacedBytes`.
 */
export function candidateCharacters(
  lead: number,
  present: readonly number[],
  sequenceLength: number,
  droppedBytes: readonly number[],
  replacedBytes: readonly number[] = droppedBytes,
): string[] {
  const slots = sequenceLength - 1;
  const missing = slots - present.length;
  const found = new Set<string>();
  if (missing < 0 || (missing === 0 && !present.includes(REPLACED_BYTE))) return [];
  for (const missingSlots of missingSlotChoices(slots, missing)) {
    // Each slot: a known byte, or the list of bytes it may have been.
    const template: (number | readonly number[])[] = [];
    let presentIndex = 0;
    for (let slot = 0; slot < slots; slot++) {
      if (missingSlots.includes(slot)) template.push(droppedBytes);
      else {
        const byte = present[presentIndex++] ?? 0;
        template.push(byte === REPLACED_BYTE ? replacedBytes : byte);
      }
    }
    const fill = (slot: number, bytes: number[]): void => {
      if (slot === slots) {
        const code = decodeSequence(bytes);
        if (code === undefined) return;
        const char = String.fromCodePoint(code);
        if (!isImpossibleCharacter(char)) found.add(char);
        return;
      }
      const choice = template[slot] ?? 0;
      if (typeof choice === 'number') fill(slot + 1, [...bytes, choice]);
      else for (const byte of choice) fill(slot + 1, [...bytes, byte]);
    };
    fill(0, [lead]);
  }
  return [...found];
}
