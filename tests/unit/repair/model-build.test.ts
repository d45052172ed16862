// The readers of `npm run repair:model`, on small inputs made here in the formats Debian's files use.
import { describe, expect, it } from 'vitest';
import { countTechnicalCharacters } from '../../../scripts/repair/model-build/count-technical-characters.ts';
import { readSunpinyinLexicon } from '../../../scripts/repair/model-build/read-sunpinyin-lexicon.ts';
import { createTslminfoParser } from '../../../scripts/repair/model-build/read-tslminfo-output.ts';
import { joinWrappedLines, manPageText, wrappedText } from '../../../scripts/repair/model-build/technical-corpus.ts';
import { decodeTechnicalCharacters, encodeTechnicalCharacters } from '../../../scripts/repair/technical-characters-file.ts';

/** A lexicon file: word count, node count, string-table offset, a (here empty) trie, then UCS-4 strings ending in 0. */
function lexiconFile(words: string[], trieBytes = 8): Buffer {
  const strings = words.flatMap((word) => [...[...word].map((char) => char.codePointAt(0) ?? 0), 0]);
  const buffer = Buffer.alloc(12 + trieBytes + strings.length * 4);
  buffer.writeUInt32LE(words.length, 0);
  buffer.writeUInt32LE(1, 4);
  buffer.writeUInt32LE(12 + trieBytes, 8);
  strings.forEach((codePoint, index) => buffer.writeUInt32LE(codePoint, 12 + trieBytes + index * 4));
  return buffer;
}

describe('sunpinyin lexicon reader', () => {
  it('reads the words in id order, empty ids included', () => {
    expect(readSunpinyinLexicon(lexiconFile(['', '，', '容器', '𠀀字']), 'test')).toEqual(['', '，', '容器', '𠀀字']);
  });

  it('rejects a file whose string table does not end where the file ends, or is big-endian', () => {
    const file = lexiconFile(['容器', '中']);
    expect(() => readSunpinyinLexicon(Buffer.concat([file, Buffer.alloc(4, 1)]), 'test')).toThrow(/expected 2 words/);
    const swapped = Buffer.from(file);
    swapped.writeUInt32BE(0x5bb9, 20);
    expect(() => readSunpinyinLexicon(swapped, 'test')).toThrow(/code point/);
  });
});

describe('tslminfo -v parser', () => {
  const lines = [
    '\\0-gram\\1',
    ' 12.2  15.9 (0,0)',
    '\\1-gram\\3',
    '        0   1.000000  -0.500000 (0,0)',
    '        1   2.000000   0.250000 (0,0)',
    '        2   3.000000  -0.000000 (0,0)',
    '\\2-gram\\2',
    '        0        1   0.500000   0.100000 (1,1)',
    '        1        2   0.700000  -0.000000 (1,2)',
    '\\3-gram\\1',
    '        0        1        2   0.300000 (1,1)',
  ];

  it('reads natural-log probabilities and back-off weights (it prints their negations)', () => {
    const parser = createTslminfoParser(3, 'test');
    for (const line of lines) parser.line(line);
    const model = parser.finish();
    expect([...model.unigramLogProb]).toEqual([-1, -2, -3]);
    expect([...model.unigramLogBackoff]).toEqual([0.5, -0.25, 0]);
    expect([...model.bigramWord]).toEqual([1, 2]);
    expect([...model.bigramLogProb]).toEqual([-0.5, -0.7]);
    expect([...model.trigramWord]).toEqual([2]);
    expect([...model.trigramLogProb]).toEqual([-0.3]);
  });

  it('fails, naming the line, on an id outside the lexicon or a section shorter than announced', () => {
    const outside = createTslminfoParser(2, 'test');
    expect(() => lines.forEach((line) => outside.line(line))).toThrow(/line 6: word id 2 outside the lexicon/);
    const short = createTslminfoParser(3, 'test');
    for (const line of lines.slice(0, -1)) short.line(line);
    expect(() => short.finish()).toThrow(/3-gram section announced 1 entries, held 0/);
  });
});

describe('technical documents', () => {
  it('joins wrapped Chinese lines without a space, other lines with one', () => {
    expect(joinWrappedLines(['    如果这样不能解决 MC 中的显示', '    问题，可以参考', 'the manual'])).toBe('如果这样不能解决 MC 中的显示问题，可以参考 the manual');
  });

  it('keeps the prose of a man page and drops troff requests, comments and escapes', () => {
    const troff = ['.\\" a comment', '.TH LS 1', '.SH 名称', 'ls \\- 列出目录内容', '.PP', '列出指定\\fB文件\\fP的信息，', '默认为当前目录。', '.TP', '\\fB\\-a\\fP'].join('\n');
    expect(manPageText(troff)).toBe(['名称', 'ls - 列出目录内容', '列出指定文件的信息，默认为当前目录。', '-a'].join('\n'));
  });

  it('splits wrapped text at blank lines and keeps table rows as they are', () => {
    expect(wrappedText('    第一段的\n    后半句。\n\n    |F1 |帮助菜单|\n')).toBe('第一段的后半句。\n|F1 |帮助菜单|');
  });

  it('counts characters, and stores only repeated pairs that involve a Han character, with complete context totals', () => {
    const counts = countTechnicalCharacters(['容器中运行', '容器中', 'ab ab']);
    expect(counts.bigram.get('器中')).toBe(2);
    expect(counts.bigram.has('中运')).toBe(false); // seen once
    expect(counts.bigram.has('ab')).toBe(false); // no Han character
    expect(counts.bigram.has('\n容')).toBe(false); // a paragraph start is not a pair of the documents' prose
    expect(counts.contextCount.get('a')).toBe(2);
    expect(counts.contextTypes.get('中')).toBe(1);
    const reread = decodeTechnicalCharacters<{ source: string }>(encodeTechnicalCharacters(counts, { source: 'test' }));
    expect(reread.metadata.source).toBe('test');
    expect(reread.counts).toEqual(counts);
  });
});
