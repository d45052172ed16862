/**
 * Anki's text import format (Anki 2.1.55+, docs.ankiweb.net/importing/text-files.html):
 * `#key:value` header lines, then one note per line, fields separated by tabs and quoted like
 * CSV when they hold a quote, a tab or a line break. Anki reads a line starting with `#` as a
 * comment, so no note may start with one: the guid (first column) always starts with `/`.
 */

/** One note: the question's id as its guid (so re-importing updates the note), front, back, tags, deck. */
export interface AnkiNote {
  guid: string;
  front: string;
  back: string;
  tags: string[];
  deck: string;
}

export interface AnkiDeckFile {
  /** Note type preset on import when the collection has one of that name. */
  notetype: string;
  /** Deck preset on import when it exists; the deck column names each note's deck and creates it. */
  deck: string;
  notes: AnkiNote[];
}

/** The columns, 1-based, as the headers declare them. */
export const ANKI_COLUMNS = { guid: 1, front: 2, back: 3, tags: 4, deck: 5 } as const;

/** A field as Anki's CSV reader (Rust `csv`, double quotes doubled) reads it back unchanged. */
export function ankiField(value: string): string {
  return /["\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A tag without spaces (Anki separates tags with spaces). */
export const ankiTag = (tag: string): string => tag.trim().replace(/\s+/g, '_');

export function ankiText(file: AnkiDeckFile): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    `#notetype:${file.notetype}`,
    `#deck:${file.deck}`,
    `#guid column:${ANKI_COLUMNS.guid}`,
    `#tags column:${ANKI_COLUMNS.tags}`,
    `#deck column:${ANKI_COLUMNS.deck}`,
  ];
  const rows = file.notes.map((note) => {
    if (!note.guid.startsWith('/')) throw new Error(`Anki guid ${JSON.stringify(note.guid)} must start with / (a leading # would make the line a comment)`);
    return [note.guid, note.front, note.back, note.tags.map(ankiTag).join(' '), note.deck].map(ankiField).join('\t');
  });
  return `${[...headers, ...rows].join('\n')}\n`;
}
