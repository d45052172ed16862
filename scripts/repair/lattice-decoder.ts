// Joint choice over all damaged positions: Viterbi over a word lattice, plus max-marginals for confidence.
// A state at a boundary is the character before it, the class of the token ending there and the word trigram's
// history there: everything the next token's score depends on.
import { enumerateEdges, type Edge, type UnaryScores } from './lattice-edges.ts';
import { LINE_START } from './note-statistics.ts';
import type { LanguageModel } from './scoring/language-model.ts';

interface Boundary {
  char: string[];
  wordClass: number[];
  context: number[];
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

/** Key spaces of the caches and state keys, chosen so that keys stay exact doubles (below 2^53). */
const CLASS_KEY_SPACE = 512;
const CHOICE_KEY_SPACE = 256;
const CHAR_KEY_SPACE = 1 << 14;

function emptyBoundary(): Boundary {
  return { char: [], wordClass: [], context: [], forward: [], backward: [], backEdge: [], backState: [], index: new Map() };
}

export function decodeLattice(candidates: readonly string[][], model: LanguageModel, unary: UnaryScores = new Map()): LatticeResult {
  const count = candidates.length;
  const wordContext = model.wordContext;
  const edgesByStart = enumerateEdges(candidates, model, unary);
  const boundaries: Boundary[] = Array.from({ length: count + 1 }, emptyBoundary);
  const origin = boundaries[0] as Boundary;
  origin.char.push(LINE_START);
  origin.wordClass.push(model.lineStartClass);
  origin.context.push(wordContext?.lineStart ?? 0);
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
    const context = boundary.context[state] ?? 0;
    return wordContext ? score + wordContext.score(context, edge.contextToken) : score;
  };
  const contextAfter = (boundary: Boundary, state: number, edge: Edge): number =>
    wordContext ? wordContext.next(boundary.context[state] ?? 0, edge.contextToken) : 0;
  /** The state an edge leads to from a given state, or -1 when the forward pass never created it. */
  const stateKey = (edge: Edge, context: number): number => {
    const last = edge.choices[edge.choices.length - 1] ?? 0;
    if (last >= CHOICE_KEY_SPACE || edge.wordClass >= CLASS_KEY_SPACE) throw new Error('lattice state key space exceeded');
    return (context * CHOICE_KEY_SPACE + last) * CLASS_KEY_SPACE + edge.wordClass;
  };

  for (let start = 0; start < count; start++) {
    const from = boundaries[start] as Boundary;
    for (const edge of edgesByStart[start] ?? []) {
      const endIndex = start + edge.choices.length;
      const to = boundaries[endIndex] as Boundary;
      const lastChar = candidates[endIndex - 1]?.[edge.choices[edge.choices.length - 1] ?? 0] ?? '';
      for (let state = 0; state < from.forward.length; state++) {
        const here = from.forward[state] ?? -Infinity;
        if (here === -Infinity) continue;
        const context = contextAfter(from, state, edge);
        const key = stateKey(edge, context);
        let target = to.index.get(key);
        if (target === undefined) {
          target = to.char.length;
          to.index.set(key, target);
          to.char.push(lastChar);
          to.wordClass.push(edge.wordClass);
          to.context.push(context);
          to.forward.push(-Infinity);
          to.backward.push(-Infinity);
          to.backEdge.push(undefined);
          to.backState.push(-1);
        }
        const score = here + edge.inner + transition(from, state, edge);
        if (score > (to.forward[target] ?? -Infinity)) {
          to.forward[target] = score;
          to.backEdge[target] = edge;
          to.backState[target] = state;
        }
      }
    }
  }

  /** Best score from the end of `edge` (entered from `state`) to the end of the text. */
  const after = (from: Boundary, state: number, edge: Edge): number => {
    const to = boundaries[edge.start + edge.choices.length] as Boundary;
    const target = to.index.get(stateKey(edge, contextAfter(from, state, edge)));
    return target === undefined ? -Infinity : (to.backward[target] ?? -Infinity);
  };

  const final = boundaries[count] as Boundary;
  final.backward.fill(0);
  for (let start = count - 1; start >= 0; start--) {
    const from = boundaries[start] as Boundary;
    for (const edge of edgesByStart[start] ?? []) {
      for (let state = 0; state < from.backward.length; state++) {
        if ((from.forward[state] ?? -Infinity) === -Infinity) continue;
        const rest = after(from, state, edge);
        if (rest === -Infinity) continue;
        const score = rest + edge.inner + transition(from, state, edge);
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
      let through = -Infinity;
      for (let state = 0; state < from.forward.length; state++) {
        const here = from.forward[state] ?? -Infinity;
        if (here === -Infinity) continue;
        const score = here + transition(from, state, edge) + edge.inner + after(from, state, edge);
        if (score > through) through = score;
      }
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
