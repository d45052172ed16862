import { htmlTagNames } from 'html-tag-names';
import { htmlVoidElements } from 'html-void-elements';

/** One piece of a raw-HTML run from a note: a tag, a comment, or the text between them. */
export interface HtmlToken {
  kind: 'open' | 'close' | 'comment' | 'text';
  /** Lower-case tag name (open and close tags). */
  name: string;
  raw: string;
  /** Offsets into the string that was tokenized. */
  start: number;
  end: number;
  /** `<br/>`, `<img …>`: an element that has no closing tag. */
  selfClosing: boolean;
}

// CommonMark's grammar for an HTML tag: what the parser took for raw HTML is exactly this.
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const TOKEN = new RegExp(String.raw`<!--[\s\S]*?-->|<!--[\s\S]*$|<([A-Za-z][A-Za-z0-9-]*)((?:${ATTRIBUTE})*)\s*(/?)>|</([A-Za-z][A-Za-z0-9-]*)\s*>`, 'g');

const VOID = new Set(htmlVoidElements);

/** Splits raw HTML into tags, comments and text. An unclosed `<!--` is a comment to the end. */
export function tokenizeHtml(value: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    const start = match.index;
    if (start > last) tokens.push(textToken(value, last, start));
    const raw = match[0];
    const end = start + raw.length;
    if (raw.startsWith('<!--')) tokens.push({ kind: 'comment', name: '', raw, start, end, selfClosing: false });
    else if (match[4] !== undefined) tokens.push({ kind: 'close', name: match[4].toLowerCase(), raw, start, end, selfClosing: false });
    else {
      const name = match[1]!.toLowerCase();
      tokens.push({ kind: 'open', name, raw, start, end, selfClosing: match[3] === '/' || VOID.has(name) });
    }
    last = end;
  }
  if (last < value.length) tokens.push(textToken(value, last, value.length));
  return tokens;
}

function textToken(value: string, start: number, end: number): HtmlToken {
  return { kind: 'text', name: '', raw: value.slice(start, end), start, end, selfClosing: false };
}

/** A comment that never closes: CommonMark lets it swallow the rest of the note. */
export function isUnclosedComment(token: HtmlToken): boolean {
  return token.kind === 'comment' && !token.raw.endsWith('-->');
}

const KNOWN = new Set(htmlTagNames);

/**
 * Elements a note may use as markup: GitHub's allowlist (what hast-util-sanitize keeps) and
 * presentational ones whose tags are simply dropped (`<font>`, `<center>`, `<u>` …). Their text
 * always stays.
 */
const MARKUP = new Set([
  'a', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'source',
  'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'ul', 'var',
  'abbr', 'acronym', 'address', 'article', 'aside', 'bdi', 'bdo', 'big', 'caption', 'center', 'cite', 'col', 'colgroup', 'data',
  'dfn', 'figcaption', 'figure', 'font', 'footer', 'header', 'hgroup', 'main', 'mark', 'nav', 'nobr', 'small', 'time', 'u', 'wbr',
]);

/** What a tag name is in a note: markup the site renders, an element that must never run, or plain text. */
export function tagKind(name: string): 'markup' | 'unsafe' | 'text' {
  if (MARKUP.has(name)) return 'markup';
  // script, style, iframe, object, embed, form, input, svg, math, template, link, meta, base …
  if (KNOWN.has(name) || name === 'svg' || name === 'math') return 'unsafe';
  // <pod-name>, <String>, <u8>, <Enter>, <Question>: words in angle brackets, not HTML.
  return 'text';
}

const URL_ATTRIBUTE = /\s(?:href|src|srcset|action|formaction|xlink:href|poster|background|cite|data|longdesc)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const HANDLER = /\son[a-z]+\s*=/i;

/** Why a markup tag would still be unsafe (an event handler, a script URL), or null. */
export function unsafeAttribute(token: HtmlToken): string | null {
  if (token.kind !== 'open') return null;
  const handler = HANDLER.exec(token.raw);
  if (handler) return `${handler[0].trim().replace(/\s*=$/, '')} handler`;
  for (const match of token.raw.matchAll(URL_ATTRIBUTE)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (!isSafeUrl(decodeEntities(url))) return `${match[0].trim()}`;
  }
  return null;
}

/** http(s), mailto and relative URLs; nothing else (javascript:, data:, vbscript:, file: …). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:`.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(compact);
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

/** The few character references a hostile attribute uses to hide a scheme (`&#106;avascript:`). */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '');
}
