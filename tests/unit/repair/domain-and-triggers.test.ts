import { describe, expect, it } from 'vitest';
import { buildModelFromTexts } from '../../../scripts/repair/build-model.ts';
import { DEFAULT_WEIGHTS } from '../../../scripts/repair/scoring/model-weights.ts';
import { roundTrip } from '../../../scripts/repair/round-trip.ts';
import { buildTriggerStatistics, clauseTriggers } from '../../../scripts/repair/trigger-statistics.ts';

const PREPOSITIONS = new Set([...'在从与']);

describe('clause triggers', () => {
  it('lists the distinct intact Han characters before a position, nearest first, up to the clause start', () => {
    const chars = [...'先说，在容器里在镜像中'];
    expect(clauseTriggers(chars.length - 1, (at) => chars[at])).toEqual([...'像镜在里器容']);
  });

  it('skips damaged neighbours (unknown) without stopping', () => {
    const chars = [...'在X容器中'];
    expect(clauseTriggers(4, (at) => (at === 1 ? '' : chars[at]))).toEqual([...'器容在']);
  });

  it('counts only the characters the caller calls triggers, once per following Han character', () => {
    const statistics = buildTriggerStatistics(['在容器中运行。从镜像中删除'], (char) => PREPOSITIONS.has(char));
    expect(statistics.pairs.get('在中')).toBe(1);
    expect(statistics.pairs.get('从中')).toBe(1);
    expect(statistics.pairs.get('在删')).toBeUndefined(); // the full stop ends the clause
    expect(statistics.pairs.has('容中')).toBe(false);
    expect(statistics.triggerTotals.get('在')).toBe(5); // 容 器 中 运 行
  });
});

// After 容器, 中 and 不 are equally common in the training text; only the preposition 在 tells them apart.
const framed = Array.from({ length: 30 }, (_, index) => `在第${index}个容器中运行程序。第${index}个容器不运行程序。`).join('\n');

/** The notes' own statistics only: the Debian-derived data would decide some of these cases by itself. */
const NOTES_ONLY = { ...DEFAULT_WEIGHTS, wordContext: 0, technicalBigram: 0 };

describe('domain ratio and triggers in the language model', () => {
  const model = buildModelFromTexts([framed], NOTES_ONLY);

  it('scores a candidate up when a preposition before it in the clause announces it', () => {
    expect(model.triggerScore([...'器容在'], '中')).toBeGreaterThan(0);
    expect(model.triggerScore([...'器容在'], '中')).toBeGreaterThan(model.triggerScore([...'器容在'], '不'));
    expect(model.triggerScore([...'器容'], '中')).toBe(0); // no trigger among the characters before it
  });

  it('scores characters the notes use more than general Chinese above those they never use', () => {
    expect(model.domainScore('容')).toBeGreaterThan(0);
    expect(model.domainScore('容')).toBeGreaterThan(model.domainScore('魔'));
    expect(model.domainScore('魔')).toBeLessThan(0);
  });

  it('turns both off at weight 0', () => {
    const plain = buildModelFromTexts([framed], { ...NOTES_ONLY, domain: 0, trigger: 0 });
    expect(plain.triggerScore([...'在'], '中')).toBe(0);
    expect(plain.domainScore('容')).toBe(0);
  });

  it('lets the frame decide between 中 and 不 after a noun, where the neighbours alone cannot', () => {
    const withoutTriggers = buildModelFromTexts([framed], { ...NOTES_ONLY, trigger: 0 });
    for (const clean of ['在那个容器中运行程序。\n', '我们在这个新的容器中运行服务。\n']) {
      expect(roundTrip(clean, model).text).toBe(clean);
      expect(roundTrip(clean, withoutTriggers).text).not.toBe(clean);
    }
    expect(roundTrip('那个容器不运行程序。\n', model).text).toBe('那个容器不运行程序。\n');
  });
});
