// Plain text of Debian's technical Chinese documents (manpages-zh, debian-reference-zh-cn): what the repair's
// domain statistics are counted on. Only prose matters, so troff requests and escapes are dropped and wrapped
// lines are joined back into paragraphs (a line break inside a Chinese sentence is not a word boundary).

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Joins wrapped lines of one paragraph: no space between two CJK characters, one space otherwise. */
export function joinWrappedLines(lines: readonly string[]): string {
  let paragraph = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (paragraph === '') paragraph = line;
    else paragraph += (CJK.test(paragraph.at(-1) ?? '') && CJK.test(line[0] ?? '') ? '' : ' ') + line;
  }
  return paragraph;
}

/** Collects paragraphs: lines accumulate until a flush joins them into one. */
function paragraphCollector(): { lines: string[]; paragraphs: string[]; flush(): void } {
  const collector = {
    lines: [] as string[],
    paragraphs: [] as string[],
    flush(): void {
      const paragraph = joinWrappedLines(collector.lines);
      if (paragraph !== '') collector.paragraphs.push(paragraph);
      collector.lines = [];
    },
  };
  return collector;
}

/** Removes troff escapes from a line of text: fonts, special characters, strings, zero-width marks. */
function stripTroffEscapes(line: string): string {
  return line
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\*(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\((..)/g, (_, name: string) => (name === 'em' ? '—' : name === 'bu' ? '•' : name === 'lq' ? '“' : name === 'rq' ? '”' : ' '))
    .replace(/\\\[[^\]]*\]/g, ' ')
    .replace(/\\[-e]/g, (escape) => (escape === '\\-' ? '-' : '\\'))
    .replace(/\\[&,/:%c]/g, '')
    .replace(/\\[ ~0|^]/g, ' ')
    .replace(/\\s[-+]?\d/g, '');
}

/** Requests whose arguments are text (section titles, bold or italic words, tagged paragraph labels). */
const TEXT_REQUESTS = new Set(['SH', 'SS', 'B', 'I', 'BR', 'BI', 'IB', 'IR', 'RB', 'RI', 'SM', 'SB']);

/** The prose of a man page (troff source), one paragraph per line. */
export function manPageText(troff: string): string {
  const text = paragraphCollector();
  for (const raw of troff.split('\n')) {
    const request = /^[.'][ \t]*([A-Za-z]+)?(.*)$/.exec(raw);
    if (!request) {
      text.lines.push(stripTroffEscapes(raw));
      continue;
    }
    const name = request[1] ?? '';
    const argument = (request[2] ?? '').trim();
    if (name === 'SH' || name === 'SS') {
      text.flush();
      text.lines.push(stripTroffEscapes(argument.replace(/"/g, '')));
      text.flush();
    } else if (TEXT_REQUESTS.has(name)) text.lines.push(stripTroffEscapes(argument.replace(/"/g, '')));
    else if (name !== '') text.flush();
  }
  text.flush();
  return text.paragraphs.join('\n');
}

/** The prose of a plain-text document wrapped at a fixed width (blank lines between paragraphs; table rows kept). */
export function wrappedText(source: string): string {
  const text = paragraphCollector();
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') text.flush();
    else if (/^[|+]/.test(trimmed)) {
      text.flush();
      text.paragraphs.push(trimmed);
    } else text.lines.push(line);
  }
  text.flush();
  return text.paragraphs.join('\n');
}
