// Restores UTF-8 whose continuation bytes were dropped: candidates per damaged character, chosen jointly.
import { bracketPairingScores } from './bracket-pairing.ts';
import { candidateCharacters } from './candidate-characters.ts';
import { contextScores } from './context-scores.ts';
import type { Pin } from './corrections.ts';
import type { LanguageModel } from './scoring/language-model.ts';
import { decodeByLine } from './decode-by-line.ts';
import type { UnaryScores } from './lattice-edges.ts';
import { byteLineIndex } from './line-of-byte.ts';
import { NoteDecodeError } from './note-decode-error.ts';
import { scanDamagedUtf8 } from './scan-damaged-utf8.ts';
import type { RepairDecision } from './types.ts';

/** Decisions less sure than this are listed in the report for a human to check. */
export const LOW_CONFIDENCE = 0.9;
/** Characters of damaged input on each side of a damaged character that key a pin. */
export const PIN_CONTEXT_RADIUS = 8;

export interface DroppedBytesInput {
  file: string;
  /** The damaged UTF-8 byte stream (for mojibake: the text mapped back through its code page). */
  bytes: Uint8Array;
  droppedBytes: readonly number[];
  /** Offsets of bytes known only as U+FFFD, and the values they may have had. */
  replaced?: readonly number[];
  replacedBytes?: readonly number[];
  /** Renders bytes [start, end) as the damaged file shows them; used for pin keys. */
  renderDamaged: (start: number, end: number) => string;
  model: LanguageModel;
  /** Pins already filtered to this file's hash. */
  pins: readonly Pin[];
}

export interface DroppedBytesRepair {
  text: string;
  decisions: RepairDecision[];
  unusedPins: Pin[];
}

export function damagedContext(input: Pick<DroppedBytesInput, 'bytes' | 'renderDamaged'>, byteOffset: number, byteLength: number): string {
  const start = Math.max(0, byteOffset - PIN_CONTEXT_RADIUS);
  const end = Math.min(input.bytes.length, byteOffset + byteLength + PIN_CONTEXT_RADIUS);
  return input.renderDamaged(start, end);
}

function softmaxShare(scores: Float64Array, index: number): number {
  const chosen = scores[index] ?? -Infinity;
  let sum = 0;
  for (const score of scores) sum += Math.exp(score - chosen);
  return sum > 0 && Number.isFinite(chosen) ? 1 / sum : 0;
}

function unaryScores(candidates: readonly string[][], model: LanguageModel): UnaryScores {
  const unary = bracketPairingScores(candidates);
  for (const [position, scores] of contextScores(candidates, model)) {
    const existing = unary.get(position);
    if (existing) scores.forEach((score, index) => (existing[index] = (existing[index] ?? 0) + score));
    else unary.set(position, scores);
  }
  return unary;
}

export function repairDroppedBytes(input: DroppedBytesInput): DroppedBytesRepair {
  const scan = scanDamagedUtf8(input.bytes, new Set(input.replaced ?? []));
  const lineOfByte = byteLineIndex(input.bytes);
  const firstStray = scan.strays[0];
  if (firstStray !== undefined) {
    throw new NoteDecodeError(
      input.file,
      `byte 0x${(input.bytes[firstStray] ?? 0).toString(16).toUpperCase()} at offset ${firstStray} is not explained by dropped UTF-8 continuation bytes`,
      lineOfByte(firstStray),
    );
  }
  const candidates: string[][] = scan.chars.map((char) => [char]);
  const pinned = new Map<number, Pin>();
  const unusedPins = new Set(input.pins);
  for (const sequence of scan.damaged) {
    const options = candidateCharacters(sequence.lead, sequence.present, sequence.length, input.droppedBytes, input.replacedBytes ?? []);
    const line = lineOfByte(sequence.byteOffset);
    if (options.length === 0) {
      throw new NoteDecodeError(input.file, `no character fits the damaged UTF-8 sequence at offset ${sequence.byteOffset}`, line);
    }
    const context = damagedContext(input, sequence.byteOffset, 1 + sequence.present.length);
    const pin = input.pins.find((candidate) => candidate.line === line && candidate.context === context);
    if (pin) {
      if (!options.includes(pin.chosen)) {
        throw new NoteDecodeError(input.file, `pinned "${pin.chosen}" is not a candidate for context ${JSON.stringify(context)}`, line);
      }
      pinned.set(sequence.index, pin);
      unusedPins.delete(pin);
      candidates[sequence.index] = [pin.chosen];
    } else {
      candidates[sequence.index] = options;
    }
  }

  const lattice = decodeByLine(candidates, input.model, unaryScores(candidates, input.model));
  const chars = candidates.map((options, position) => options[lattice.choice[position] ?? 0] ?? '');

  const lineOfPosition = new Int32Array(chars.length);
  const columnOfPosition = new Int32Array(chars.length);
  let line = 1;
  let column = 1;
  chars.forEach((char, position) => {
    lineOfPosition[position] = line;
    columnOfPosition[position] = column;
    if (char === '\n') {
      line++;
      column = 1;
    } else column++;
  });

  const decisions: RepairDecision[] = scan.damaged.map((sequence) => {
    const position = sequence.index;
    const options = candidates[position] ?? [];
    const chosenIndex = lattice.choice[position] ?? 0;
    const marginals = lattice.maxMarginals.get(position) ?? Float64Array.of(0);
    const chosenScore = marginals[chosenIndex] ?? 0;
    // Scores are relative to the chosen reading: 0 for it, negative log-odds for the others.
    const alternatives = options
      .map((text, index) => ({ text, score: (marginals[index] ?? -Infinity) - chosenScore }))
      .sort((a, b) => b.score - a.score);
    return {
      line: lineOfPosition[position] ?? 1,
      column: columnOfPosition[position] ?? 1,
      chosen: options[chosenIndex] ?? '',
      alternatives,
      confidence: softmaxShare(marginals, chosenIndex),
      source: pinned.has(position) ? 'pinned' : 'model',
    };
  });
  return { text: chars.join(''), decisions, unusedPins: [...unusedPins] };
}
