/**
 * Reads an Anki text-import file the way Anki 2.1.55+ does (rslib/src/import_export/text/csv:
 * `#key:value` header lines at the top, then CSV records with the declared separator, fields in
 * double quotes with `""` for a quote, lines starting with `#` skipped as comments). Written
 * from Anki's description, independently of the site's writer, so the tests catch a file Anki
 * would misread.
 */
export interface ParsedAnkiFile {
  headers: Record<string, string>;
  rows: string[][];
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

export function parseAnkiText(text: string): ParsedAnkiFile {
  const headers: Record<string, string> = {};
  let at = 0;
  while (at < text.length && text[at] === '#') {
    const end = text.indexOf('\n', at);
    const line = text.slice(at + 1, end < 0 ? text.length : end).replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon >= 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1);
    at = end < 0 ? text.length : end + 1;
  }
  const separatorName = (headers.separator ?? '').trim().toLowerCase();
  const separator = SEPARATORS[separatorName] ?? headers.separator;
  if (!separator || separator.length !== 1) throw new Error(`unknown separator ${JSON.stringify(headers.separator)}`);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      at++;
      continue;
    }
    if (fieldStart && row.length === 0 && char === '#') {
      // A comment line.
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length : end + 1;
      continue;
    }
    if (fieldStart && char === '"') {
      quoted = true;
      fieldStart = false;
      at++;
      continue;
    }
    if (char === separator) {
      endField();
      at++;
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (!(fieldStart && row.length === 0)) endRow();
      at += char === '\r' && text[at + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += char;
    fieldStart = false;
    at++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (!fieldStart || row.length > 0) endRow();
  return { headers, rows };
}
