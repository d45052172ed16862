// Joint choice over all damaged positions: Viterbi over a word lattice, plus max-marginals for confidence.
import type { LanguageModel } from './scoring/language-model.ts';
import { LINE_START } from './note-statistics.ts';

interface Edge {
  start: number;
  /** Candidate index chosen at each covered position. */
  choices: number[];
  first: string;
  wordClass: number;
  /** Word score, bigrams inside the word and unary adjustments, already weighted. */
  inner: number;
  /** Index of the state this edge leads to at its end boundary (set by the forward pass). */
  endState: number;
}

/** Dynamic-programming states at one boundary: the character before it and the class of the token ending there. */
interface Boundary {
  char: string[];
  wordClass: number[];
  forward: number[];
  backward: number[];
  backEdge: (Edge | undefined)[];
  backState: number[];
  index: Map<number, number>;
}

export interface PathToken {
  start: number;
  length: number;
  wordClass: number;
}

export interface LatticeResult {
  /** Index of the chosen candidate at every position. */
  choice: Int32Array;
  /** For positions with several candidates: best whole-text score through each candidate. */
  maxMarginals: Map<number, Float64Array>;
  /** The best segmentation, token by token. */
  path: PathToken[];
}

/** Extra log-score per candidate (positions with several candidates only). */
export type UnaryScores = Map<number, Float64Array>;

const MAX_WORD_LENGTH = 16;
/** Key spaces of the transition cache, chosen so that keys stay exact doubles (below 2^53). */
const CLASS_KEY_SPACE = 256;
const CHAR_KEY_SPACE = 1 << 14;

function enumerateEdges(candidates: readonly string[][], model: LanguageModel, unary: UnaryScores): Edge[][] {
  const edgesByStart: Edge[][] = [];
  for (let start = 0; start < candidates.length; start++) {
    const edges: Edge[] = [];
    const extend = (position: number, prefix: string, choices: number[], last: string | undefined, innerBigrams: number, unaryTotal: number, first: string): void => {
      const options = candidates[position] ?? [];
      const unaryHere = unary.get(position);
      for (let index = 0; index < options.length; index++) {
        const char = options[index] ?? '';
        const text = prefix + char;
        const frequency = model.lookup(text);
        const bigrams = last === undefined ? 0 : innerBigrams + model.bigramScore(last, char);
        const unaryNext = unaryTotal + (unaryHere?.[index] ?? 0);
        const nextChoices = [...choices, index];
        const firstChar = last === undefined ? char : first;
        if (nextChoices.length === 1) {
          const token = model.singleToken(char);
          edges.push({ start, choices: nextChoices, first: char, wordClass: token.wordClass, inner: token.score + unaryNext, endState: -1 });
        } else if (frequency !== undefined && frequency > 0) {
          const token = model.wordToken(text, frequency);
          edges.push({ start, choices: nextChoices, first: firstChar, wordClass: token.wordClass, inner: token.score + bigrams + unaryNext, endState: -1 });
        }
        if (frequency !== undefined && position + 1 < candidates.length && nextChoices.length < MAX_WORD_LENGTH) {
          extend(position + 1, text, nextChoices, char, bigrams, unaryNext, firstChar);
        }
      }
    };
    extend(start, '', [], undefined, 0, 0, '');
    edgesByStart.push(edges);
  }
  return edgesByStart;
}

function emptyBoundary(): Boundary {
  return { char: [], wordClass: [], forward: [], backward: [], backEdge: [], backState: [], index: new Map() };
}

export function decodeLattice(candidates: readonly string[][], model: LanguageModel, unary: UnaryScores = new Map()): LatticeResult {
  const count = candidates.length;
  const edgesByStart = enumerateEdges(candidates, model, unary);
  const boundaries: Boundary[] = Array.from({ length: count + 1 }, emptyBoundary);
  const origin = boundaries[0] as Boundary;
  origin.char.push(LINE_START);
  origin.wordClass.push(model.lineStartClass);
  origin.forward.push(0);
  origin.backward.push(-Infinity);
  origin.backEdge.push(undefined);
  origin.backState.push(-1);

  // Transitions repeat a lot (same character and class pairs); one numeric-keyed cache replaces four look-ups.
  const charIds = new Map<string, number>();
  const charId = (char: string): number => {
    let id = charIds.get(char);
    if (id === undefined) {
      id = charIds.size;
      charIds.set(char, id);
    }
    return id;
  };
  const transitionCache = new Map<number, number>();
  const transition = (boundary: Boundary, state: number, edge: Edge): number => {
    const char = boundary.char[state] ?? '';
    const wordClass = boundary.wordClass[state] ?? 0;
    const fromId = charId(char);
    const toId = charId(edge.first);
    const cacheable = fromId < CHAR_KEY_SPACE && toId < CHAR_KEY_SPACE && wordClass < CLASS_KEY_SPACE && edge.wordClass < CLASS_KEY_SPACE;
    const key = cacheable ? ((fromId * CLASS_KEY_SPACE + wordClass) * CHAR_KEY_SPACE + toId) * CLASS_KEY_SPACE + edge.wordClass : -1;
    let score = cacheable ? transitionCache.get(key) : undefined;
    if (score === undefined) {
      score =
        model.bigramScore(char, edge.first) +
        model.classTransitionScore(wordClass, edge.wordClass) +
        model.lexicalTransitionScore(wordClass, char, edge.wordClass, edge.first);
      if (cacheable) transitionCache.set(key, score);
    }
    return score;
  };

  for (let start = 0; start < count; start++) {
    const from = boundaries[start] as Boundary;
    for (const edge of edgesByStart[start] ?? []) {
      const endIndex = start + edge.choices.length;
      const to = boundaries[endIndex] as Boundary;
      const last = edge.choices[edge.choices.length - 1] ?? 0;
      const key = last * 4096 + edge.wordClass;
      let target = to.index.get(key);
      if (target === undefined) {
        target = to.char.length;
        to.index.set(key, target);
        to.char.push(candidates[endIndex - 1]?.[last] ?? '');
        to.wordClass.push(edge.wordClass);
        to.forward.push(-Infinity);
        to.backward.push(-Infinity);
        to.backEdge.push(undefined);
        to.backState.push(-1);
      }
      edge.endState = target;
      for (let state = 0; state < from.forward.length; state++) {
        const here = from.forward[state] ?? -Infinity;
        if (here === -Infinity) continue;
        const score = here + edge.inner + transition(from, state, edge);
        if (score > (to.forward[target] ?? -Infinity)) {
          to.forward[target] = score;
          to.backEdge[target] = edge;
          to.backState[target] = state;
        }
      }
    }
  }

  const final = boundaries[count] as Boundary;
  final.backward.fill(0);
  for (let start = count - 1; start >= 0; start--) {
    const from = boundaries[start] as Boundary;
    for (const edge of edgesByStart[start] ?? []) {
      const after = (boundaries[start + edge.choices.length] as Boundary).backward[edge.endState] ?? -Infinity;
      if (after === -Infinity) continue;
      for (let state = 0; state < from.backward.length; state++) {
        const score = after + edge.inner + transition(from, state, edge);
        if (score > (from.backward[state] ?? -Infinity)) from.backward[state] = score;
      }
    }
  }

  const maxMarginals = new Map<number, Float64Array>();
  for (let position = 0; position < count; position++) {
    const options = candidates[position] ?? [];
    if (options.length > 1) maxMarginals.set(position, new Float64Array(options.length).fill(-Infinity));
  }
  for (let start = 0; start < count; start++) {
    const from = boundaries[start] as Boundary;
    for (const edge of edgesByStart[start] ?? []) {
      let coversAmbiguous = false;
      for (let offset = 0; offset < edge.choices.length; offset++) if (maxMarginals.has(start + offset)) coversAmbiguous = true;
      if (!coversAmbiguous) continue;
      const after = (boundaries[start + edge.choices.length] as Boundary).backward[edge.endState] ?? -Infinity;
      let best = -Infinity;
      for (let state = 0; state < from.forward.length; state++) {
        const score = (from.forward[state] ?? -Infinity) + transition(from, state, edge);
        if (score > best) best = score;
      }
      const through = best + edge.inner + after;
      for (let offset = 0; offset < edge.choices.length; offset++) {
        const marginals = maxMarginals.get(start + offset);
        const index = edge.choices[offset] ?? 0;
        if (marginals && through > (marginals[index] ?? -Infinity)) marginals[index] = through;
      }
    }
  }

  const choice = new Int32Array(count);
  const path: PathToken[] = [];
  let state = 0;
  for (let candidate = 1; candidate < final.forward.length; candidate++) {
    if ((final.forward[candidate] ?? -Infinity) > (final.forward[state] ?? -Infinity)) state = candidate;
  }
  let boundary = count;
  while (boundary > 0) {
    const at = boundaries[boundary] as Boundary;
    const edge = at.backEdge[state];
    if (!edge) throw new Error(`lattice has no path to position ${boundary}`);
    edge.choices.forEach((index, offset) => {
      choice[edge.start + offset] = index;
    });
    path.push({ start: edge.start, length: edge.choices.length, wordClass: edge.wordClass });
    state = at.backState[state] ?? 0;
    boundary = edge.start;
  }
  path.reverse();
  return { choice, maxMarginals, path };
}
