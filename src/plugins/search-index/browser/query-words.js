// Browser JavaScript, bundled into /pagefind/pagefind.js at build (src/plugins/search-index/index.ts).
import { wordSegmenter } from './word-segmenter.js';

/**
 * Words that only make a query a question — asking, particles, pronouns, "already", "always" —
 * and narrow nothing: "如何判断channel已经关闭" is a search for 判断 channel 关闭. Set aside
 * before searching. Kept to words that never name a concept on this site; a word such as 锁,
 * 集群 or 状态 must never be added here.
 */
export const QUESTION_WORDS = new Set([
  // asking
  '什么', '啥', '是', '是不是', '是否', '吗', '呢', '吧', '啊', '呀', '么', '了', '的', '地', '得', '着', '过',
  '怎么', '怎么样', '怎样', '咋', '如何', '为什么', '为啥', '为何', '哪', '哪些', '哪个', '哪里', '哪儿', '哪几',
  '几', '几个', '几种', '多少', '多久', '有', '有没有', '没有', '能', '能否', '能不能', '可以', '会', '会不会',
  '要', '需要', '应该', '该', '请', '一下', '说说', '讲讲', '谈谈', '聊聊', '说一下', '讲一下',
  // particles, pronouns, connectives
  '我', '你', '您', '我们', '你们', '他', '她', '它', '它们', '这', '那', '这个', '那个', '这些', '那些', '其',
  '和', '与', '跟', '及', '以及', '或', '或者', '还是', '而', '并', '对', '对于', '在', '从', '到', '给', '把',
  '被', '将', '用', '让', '使', '由', '里', '里面', '中', '上', '下', '之', '所', '个', '种', '一', '一个', '一些',
  // time and degree
  '已经', '一直', '总是', '经常', '正在', '还', '都', '也', '就', '又', '再', '才', '很', '太', '最',
  '一般', '通常', '大概', '分别', '到底', '究竟', '具体', '时候', '时', '的时候', '之前', '之后', '以后',
  // negation: answers say both 丢失 and 不丢失
  '不', '没',
  '做', '干', '干嘛', '干什么', '搞', '弄', '办', '怎么办', '来', '去', '走', '样',
  // English
  'what', 'whats', 'is', 'are', 'was', 'how', 'why', 'when', 'where', 'which', 'who', 'the', 'a', 'an', 'of',
  'to', 'do', 'does', 'did', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'can', 'should', 'vs', 'it', 'its',
  'be', 'by', 'from', 'between',
]);

/**
 * Words naming the aspect asked about ("原理", "区别", "流程", "怎么处理") rather than the
 * concept. An answer need not contain them, so they are never required, but one that does
 * ranks a little higher ("MVCC 实现" prefers the answer titled "MVCC实现").
 */
export const ASPECT_WORDS = new Set([
  '原理', '实现', '机制', '作用', '用途', '方式', '方法', '方案', '区别', '不同', '不一样', '差别', '对比', '比较',
  '优缺点', '优点', '缺点', '优势', '劣势', '场景', '应用', '流程', '过程', '步骤', '概念', '定义', '介绍', '简介',
  '特点', '详解', '总结', '理解', '意思', '含义', '关系', '联系', '处理', '解决', '排查', '问题', '规则', '策略',
  '底层', '工作', '原因', '选', '选择', '选型',
  'difference', 'differences', 'principle', 'mechanism', 'use', 'usage',
]);

/** The words of a query as the browser's segmenter cuts them (the same cut Pagefind makes), lower-cased, punctuation left out. */
export function queryWords(term) {
  return [...wordSegmenter().segment(term)].filter((segment) => segment.isWordLike).map((segment) => segment.segment.toLocaleLowerCase());
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const isSingleHan = (word) => HAN_ONLY.test(word) && [...word].length === 1;

/**
 * The terms worth searching for, each once, with how much it counts: 1 for a term naming a
 * concept, `aspectWeight` for an aspect word; question words are set aside. The segmenter cuts
 * many two-character words into characters (分区 → 分|区, 消费者 → 消费|者); a lone character
 * stays one term with the Chinese word before it, which Pagefind searches as both words
 * together (`parts` keeps the pieces). A query made only of question words keeps them all.
 */
export function searchTerms(term, aspectWeight = 0.25) {
  const words = mergePhrases(queryWords(term));
  const terms = [];
  let joinable = false;
  for (const word of words) {
    if (QUESTION_WORDS.has(word)) {
      joinable = false;
      continue;
    }
    const aspect = ASPECT_WORDS.has(word);
    const last = terms.at(-1);
    const previous = last?.parts.at(-1);
    // A lone character joins the Chinese word before it, or, leading, the one after it (微|服务).
    const joins = joinable && !aspect && HAN_ONLY.test(word) && HAN_ONLY.test(previous) && (isSingleHan(word) || (last.parts.length === 1 && isSingleHan(previous)));
    if (joins) {
      last.parts.push(word);
      last.word = last.parts.join('');
    } else {
      terms.push({ word, parts: [word], weight: aspect ? aspectWeight : 1 });
    }
    joinable = !aspect;
  }
  const unique = [...new Map(terms.map((entry) => [entry.word, entry])).values()];
  return unique.length > 0 ? unique : [...new Set(words)].map((word) => ({ word, parts: [word], weight: 1 }));
}

/** Adjacent words that together make a question or aspect word (不|一样 → 不一样, 怎么|办 → 怎么办). */
function mergePhrases(words) {
  const merged = [];
  for (let at = 0; at < words.length; at += 1) {
    const three = words.slice(at, at + 3).join('');
    const two = words.slice(at, at + 2).join('');
    if (at + 2 < words.length && (QUESTION_WORDS.has(three) || ASPECT_WORDS.has(three))) {
      merged.push(three);
      at += 2;
    } else if (at + 1 < words.length && (QUESTION_WORDS.has(two) || ASPECT_WORDS.has(two))) {
      merged.push(two);
      at += 1;
    } else {
      merged.push(words[at]);
    }
  }
  return merged;
}

/**
 * Shorter words inside a Chinese word the index does not have ("加锁" when the pages say
 * "锁"), longest first: its two-character pieces, then its characters, question words left out.
 */
export function piecesOf(word) {
  const chars = [...word];
  if (!HAN_ONLY.test(word) || chars.length < 2) return [];
  const pieces = [];
  for (const size of [2, 1]) {
    if (size >= chars.length) continue;
    for (let at = 0; at + size <= chars.length; at += 1) pieces.push(chars.slice(at, at + size).join(''));
  }
  return [...new Set(pieces)].filter((piece) => !QUESTION_WORDS.has(piece));
}
