// Binary search in a sorted range of a typed array: every n-gram look-up, at build time and when decoding.

/** Index of `target` in values[from, to) (sorted ascending), or -1. */
export function findSorted(values: Uint32Array, from: number, to: number, target: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] ?? 0;
    if (value === target) return middle;
    if (value < target) low = middle + 1;
    else high = middle;
  }
  return -1;
}
