// Every character a damaged UTF-8 sequence may have been: re-insert the missing continuation bytes.
import { isImpossibleCharacter } from './characterPrior.ts';
import { decodeSequence } from './utf8Sequences.ts';

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

/**
 * Candidates for a lead byte followed by only some of its continuation bytes.
 * Any missing slot may have held any dropped byte; kept order of present bytes is fixed.
 */
export function candidateCharacters(
  lead: number,
  present: readonly number[],
  sequenceLength: number,
  droppedBytes: readonly number[],
): string[] {
  const slots = sequenceLength - 1;
  const missing = slots - present.length;
  const found = new Set<string>();
  if (missing <= 0) return [];
  for (const missingSlots of missingSlotChoices(slots, missing)) {
    const fill = (index: number, filled: number[]): void => {
      if (index === missing) {
        const bytes = [lead];
        let presentIndex = 0;
        let fillIndex = 0;
        for (let slot = 0; slot < slots; slot++) {
          if (missingSlots.includes(slot)) bytes.push(filled[fillIndex++] ?? 0);
          else bytes.push(present[presentIndex++] ?? 0);
        }
        const code = decodeSequence(bytes);
        if (code === undefined) return;
        const char = String.fromCodePoint(code);
        if (!isImpossibleCharacter(char)) found.add(char);
        return;
      }
      for (const byte of droppedBytes) fill(index + 1, [...filled, byte]);
    };
    fill(0, []);
  }
  return [...found];
}
