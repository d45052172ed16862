import { describe, expect, it } from 'vitest';
import { ankiField, ankiText } from '../../../src/lib/practice/anki-text.ts';
import { parseAnkiText } from '../../support/anki-text.ts';

describe('Anki text files', () => {
  const note = { guid: '/go/interview/#gmp-scheduler', front: 'GMP 是什么？', back: '<p class="x">a\tb "quoted"</p>', tags: ['面试真题集', '必考 题'], deck: '后端面试知识库::Go 语言' };
  const text = ankiText({ notetype: '问答题', deck: '后端面试知识库::Go 语言', notes: [note, { ...note, guid: '/go/interview/#channel-internals', back: 'plain' }] });

  it('starts with the headers Anki 2.1.55+ reads', () => {
    expect(text.split('\n').slice(0, 7)).toEqual(['#separator:tab', '#html:true', '#notetype:问答题', '#deck:后端面试知识库::Go 语言', '#guid column:1', '#tags column:4', '#deck column:5']);
  });

  it('quotes a field with a tab or a quote, and reads back every field unchanged', () => {
    expect(ankiField('a\tb')).toBe('"a\tb"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('plain')).toBe('plain');
    const parsed = parseAnkiText(text);
    expect(parsed.headers).toMatchObject({ separator: 'tab', html: 'true', 'guid column': '1', 'tags column': '4', 'deck column': '5' });
    expect(parsed.rows).toEqual([
      [note.guid, note.front, note.back, '面试真题集 必考_题', note.deck],
      ['/go/interview/#channel-internals', note.front, 'plain', '面试真题集 必考_题', note.deck],
    ]);
  });

  it('refuses a guid Anki would read as a comment line', () => {
    expect(() => ankiText({ notetype: 'Basic', deck: 'd', notes: [{ ...note, guid: '#x' }] })).toThrow(/must start with \//);
  });
});
