import type { ResultCard } from './browser-search.ts';
import type { ResolvedAnswer, ResolvedQuery } from './expectations.ts';

/** Does this result card show the answer: the right page, and (when a section is expected) a link into it? */
export function cardShowsAnswer(card: ResultCard, answer: ResolvedAnswer): boolean {
  if (card.page !== answer.page) return false;
  if (answer.anchors === null) return true;
  return card.links.some((link) => {
    const hash = link.indexOf('#');
    return hash >= 0 && answer.anchors!.has(decodeURIComponent(link.slice(hash + 1)));
  });
}

/** 1-based rank of the first card that shows an expected answer, or null when none does. */
export function answerRank(query: ResolvedQuery, cards: ResultCard[]): number | null {
  const index = cards.findIndex((card) => query.answers.some((answer) => cardShowsAnswer(card, answer)));
  return index < 0 ? null : index + 1;
}

export interface Quality {
  count: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank over the first 10 results. */
  mrr: number;
}

export function quality(ranks: (number | null)[]): Quality {
  const count = ranks.length;
  const share = (test: (rank: number) => boolean) => (count === 0 ? 0 : ranks.filter((rank) => rank !== null && test(rank)).length / count);
  return {
    count,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank <= 3),
    mrr: count === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank !== null && rank <= 10 ? 1 / rank : 0), 0) / count,
  };
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
