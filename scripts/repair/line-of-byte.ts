// Line numbers for errors and decisions found while scanning raw bytes (LF-terminated lines, 1-based).

export function lineOfByte(bytes: Uint8Array, offset: number): number {
  return byteLineIndex(bytes)(offset);
}

/** Precomputes newline offsets so that many look-ups stay cheap on large notes. */
export function byteLineIndex(bytes: Uint8Array): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) newlines.push(i);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((newlines[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
