import { describe, expect, it } from 'vitest';
import { canon, contentLines, lineFound } from '../support/fidelity.ts';

describe('fidelity: a code line published as a list item', () => {
  const note = '```text\n// 流程\n1. 用户创建PVC\n- kube-system: 系统组件\n```\n';
  const lines = contentLines(note);

  it('counts as found when its words are on the site (the marker is the list’s own numbering)', () => {
    const site = canon('流程 用户创建PVC kube-system: 系统组件');
    expect(lines.filter((line) => line.asListItem).map((line) => lineFound(site, line))).toEqual([true, true]);
  });

  it('is still missing when a word is gone', () => {
    const site = canon('流程 用户创建 kube-system: 系统组件');
    expect(lineFound(site, lines.find((line) => line.text.startsWith('1.'))!)).toBe(false);
  });
});
