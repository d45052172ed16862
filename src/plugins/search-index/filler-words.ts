/**
 * Words a reader adds around the concept they look for — the question ("GMP 是什么", "怎么实现
 * 分布式锁") and the aspect asked about ("redis 持久化方式", "MVCC 原理") — which narrow nothing.
 *
 * Pagefind returns only results that contain every query word. With one record per answer, a
 * question word or an aspect word the answer happens not to use would leave the reader with
 * nothing, so every record carries these words at weight 0: they satisfy the query without
 * counting in the ranking, i.e. the search ignores them. Kept to words that are filler in any
 * question on this site; a word that names a concept (锁, 集群, 状态) must never be added here.
 */
export const FILLER_WORDS: readonly string[] = [
  // asking
  '什么', '是', '的', '吗', '呢', '吧', '了', '怎么', '怎样', '如何', '为什么', '为何', '哪些', '哪个', '有', '请', '一下',
  'what', 'is', 'are', 'how', 'why', 'the', 'a', 'an', 'of', 'to', 'do', 'does', 'vs',
  // the aspect asked about
  '原理', '实现', '机制', '作用', '方式', '方法', '区别', '对比', '优缺点', '优点', '缺点', '场景', '应用', '流程', '过程',
  '概念', '定义', '介绍', '简介', '特点', '详解', '总结', '理解',
];
