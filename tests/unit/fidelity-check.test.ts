import { describe, expect, it } from 'vitest';
import { canon, contentLines, naiveContentLines } from '../support/fidelity.ts';

/** The fidelity test's two checks must see what a reader sees, each on its own (tests/build/fidelity.test.ts). */
const NOTE = ['查看日志：kubectl logs <pod-name> -n <namespace>', '', 'Java 的 List<String> 和 a<b>c', '', '<b>真的粗体</b> 与 <img src="a.png" alt="图"> 与 <!-- 注释 -->'].join('\n');
const PAGE_AS_BUILT = canon('查看日志：kubectl logs <pod-name> -n <namespace> Java 的 List<String> 和 a<b>c 真的粗体 与 与');
const PAGE_THAT_LOST_WORDS = canon('查看日志：kubectl logs  -n  Java 的 List 和 ac 真的粗体 与 与');

describe.each([
  ['Markdown-aware check', contentLines],
  ['pattern-based check', naiveContentLines],
])('%s', (_name, lines) => {
  const expected = lines(NOTE).map((line) => canon(line.text));

  it('expects words in angle brackets on the page, and real markup without its tags', () => {
    expect(expected).toEqual([canon('查看日志：kubectl logs <pod-name> -n <namespace>'), canon('Java 的 List<String> 和 a<b>c'), canon('真的粗体 与  与')]);
    expect(expected.every((line) => PAGE_AS_BUILT.includes(line))).toBe(true);
  });

  it('fails when a page lost <pod-name>, <String> or the b of a<b>c', () => {
    expect(expected.filter((line) => !PAGE_THAT_LOST_WORDS.includes(line))).toHaveLength(2);
  });
});
