import { indexedText } from '../../src/plugins/search-index/answer-record.ts';
import type { AnswerSection } from '../../src/plugins/search-index/answer-sections.ts';
import type { SiteSearch } from './browser-search.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const CHINESE_WORD = /^\p{Script=Han}{2,4}$/u;

export interface AnswerText {
  url: string;
  text: string;
  /** The words of the text, as the browser's segmenter cuts them. */
  words: Set<string>;
}

/** The indexed text of each answer (its heading and text, without furniture), keyed by the URL its result links to. */
export function answerTexts(pages: Map<string, AnswerSection[]>): AnswerText[] {
  return [...pages].flatMap(([pageUrl, sections]) =>
    sections.map((section) => {
      const text = indexedText(section);
      const words = new Set([...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment));
      return { url: section.anchor === null ? pageUrl : `${pageUrl}#${section.anchor}`, text, words };
    }),
  );
}

/** About `size` Chinese words of two to four characters, spread evenly over the site's vocabulary. */
export function sampleWords(answers: AnswerText[], size: number): string[] {
  const words = new Set<string>();
  for (const answer of answers) for (const word of answer.words) if (CHINESE_WORD.test(word)) words.add(word);
  const sorted = [...words].sort();
  const step = Math.max(1, Math.ceil(sorted.length / size));
  return sorted.filter((_, index) => index % step === 0);
}

export interface Recall {
  words: number;
  /** Share of (word, answer using it) pairs where searching the word returns that answer. */
  answers: number;
  /** The same per page: searching the word returns a result on every page using it. */
  pages: number;
  /** Words for which the search returned no page using them. */
  lost: string[];
}

/**
 * What Pagefind's Chinese handling does on this site: for sampled words, does searching a
 * word return every answer that uses it as a word? Index-side and query-side segmentation
 * disagreeing would show up here as lost answers. (A word is counted where the browser's
 * segmenter finds it, not as a substring: 用于 inside 适用于 is not an occurrence of 用于.)
 */
export async function chineseRecall(search: SiteSearch, answers: AnswerText[], words: string[], strip: (url: string) => string = (url) => url): Promise<Recall> {
  const pageOf = (url: string) => url.split('#')[0]!;
  const answerCount = { hit: 0, all: 0 };
  const pageCount = { hit: 0, all: 0 };
  const lost: string[] = [];
  for (const word of words) {
    const containing = answers.filter((answer) => answer.words.has(word)).map((answer) => answer.url);
    const returned = (await search.run(word, 10_000)).cards.map((card) => strip(card.links[0]!));
    const returnedAnswers = new Set(returned);
    const returnedPages = new Set(returned.map(pageOf));
    const containingPages = [...new Set(containing.map(pageOf))];
    answerCount.hit += containing.filter((url) => returnedAnswers.has(url)).length;
    answerCount.all += containing.length;
    const pageHits = containingPages.filter((url) => returnedPages.has(url)).length;
    pageCount.hit += pageHits;
    pageCount.all += containingPages.length;
    if (pageHits === 0) lost.push(word);
  }
  const share = ({ hit, all }: { hit: number; all: number }) => (all === 0 ? 1 : hit / all);
  return { words: words.length, answers: share(answerCount), pages: share(pageCount), lost };
}
