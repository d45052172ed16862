// Markdown context of every character (heading, bold, table, code, plain), read from ASCII syntax only,
// which the damage never touches. Authors use words differently there: "与" is common in headings, "不" is not.
// Link text and anchors count as headings: in notes they are table-of-contents entries copying a heading.

export const SPAN_TYPES = ['plain', 'heading', 'bold', 'table', 'code'] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

const PLAIN = 0;
const HEADING = 1;
const BOLD = 2;
const TABLE = 3;
const CODE = 4;

/** Span type index (into SPAN_TYPES) per character; characters are code points, damaged ones may be ''. */
export function markdownSpanTypes(chars: readonly string[]): Uint8Array {
  const types = new Uint8Array(chars.length);
  let inFence = false;
  let lineStart = 0;
  while (lineStart < chars.length) {
    let lineEnd = lineStart;
    while (lineEnd < chars.length && chars[lineEnd] !== '\n') lineEnd++;
    const line = chars.slice(lineStart, lineEnd).join('');
    const trimmed = line.trimStart();
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      inFence = !inFence;
      types.fill(CODE, lineStart, lineEnd);
    } else if (inFence) {
      types.fill(CODE, lineStart, lineEnd);
    } else {
      const lineType = /^#{1,6}\s/.test(trimmed) ? HEADING : trimmed.startsWith('|') ? TABLE : PLAIN;
      let inCode = false;
      let inBold = false;
      let linkDepth = 0;
      let inTarget = false;
      for (let position = lineStart; position < lineEnd; position++) {
        const char = chars[position];
        const next = chars[position + 1];
        if (char === '`') inCode = !inCode;
        else if (!inCode && char === '*' && next === '*') {
          inBold = !inBold;
          types[position] = lineType;
          types[position + 1] = lineType;
          position++;
          continue;
        } else if (!inCode && char === '[') linkDepth++;
        else if (!inCode && char === ']' && linkDepth > 0) {
          linkDepth--;
          if (next === '(') inTarget = true;
        } else if (inTarget && char === ')') inTarget = false;
        types[position] = inCode ? CODE : lineType === HEADING || linkDepth > 0 || inTarget ? HEADING : inBold ? BOLD : lineType;
      }
    }
    lineStart = lineEnd + 1;
  }
  return types;
}
