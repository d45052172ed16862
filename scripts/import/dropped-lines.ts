import type { DropReason } from './types.ts';

/**
 * The reviewed list of note lines the importer removes on purpose. Any other removal is an
 * import error, and the fidelity test accepts exactly these lines as absent from the site.
 */
export interface AllowedDrop {
  /** Note file name in notes/. */
  note: string;
  line: number;
  text: string;
  reason: DropReason;
  why: string;
}

const COPY_HEADER = 'A chat window\'s "bashCopy code" header pasted above the command; the fence is labelled bash instead.';
const COPY_LABEL = 'A chat window\'s language label pasted above a snippet inside a prose answer; the snippet is shown as code instead.';
const COMMENT_MARKER = 'The `//` of a pseudo-code comment that labels numbered steps in a text fence; the steps are an ordered list and the comment its bold label, word for word.';
const CATEGORY = 'A category heading whose questions are published under their topics; the site navigation replaces it.';

export const allowedDrops: AllowedDrop[] = [
  { note: '002_5296b0ba9d7f76f1.txt', line: 1, text: '0%', reason: 'scrape-artifact', why: 'Reading-progress read-out captured by the scraper, not part of any excerpt.' },
  { note: '001_6ac113cdf60f3b59.txt', line: 409, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '001_6ac113cdf60f3b59.txt', line: 418, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '001_6ac113cdf60f3b59.txt', line: 427, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '001_6ac113cdf60f3b59.txt', line: 436, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '001_6ac113cdf60f3b59.txt', line: 445, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '001_6ac113cdf60f3b59.txt', line: 897, text: 'bashCopy code', reason: 'copy-button-artifact', why: COPY_HEADER },
  { note: '003_0ede1c37b8f50940.txt', line: 497, text: 'sql', reason: 'copy-button-artifact', why: COPY_LABEL },
  { note: '003_0ede1c37b8f50940.txt', line: 500, text: 'php', reason: 'copy-button-artifact', why: COPY_LABEL },
  { note: '001_6ac113cdf60f3b59.txt', line: 1, text: '云原生', reason: 'dissolved-category-heading', why: 'Top-level heading of six unrelated chapters (cloud native, containers, Docker, Compose, k8s, GitLab CI), each now its own page.' },
  { note: '001_6ac113cdf60f3b59.txt', line: 1474, text: '微服务', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '001_6ac113cdf60f3b59.txt', line: 2383, text: '消息队列', reason: 'dissolved-category-heading', why: 'Holds only the Kafka chapters, published under the Kafka topic.' },
  { note: '001_6ac113cdf60f3b59.txt', line: 4442, text: '分布式', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '003_0ede1c37b8f50940.txt', line: 13, text: '面试问题', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '003_0ede1c37b8f50940.txt', line: 155, text: '中间件以及数据库', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '004_57c179b58988b8f1.txt', line: 422, text: 'ETCD', reason: 'dissolved-category-heading', why: 'Its watch, lease, MVCC and lock sections are published on the etcd topic pages.' },
  { note: '000_0e4a650c84fbccc3.txt', line: 845, text: '分布式系统', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '000_0e4a650c84fbccc3.txt', line: 1007, text: '中间件技术', reason: 'dissolved-category-heading', why: CATEGORY },
  { note: '000_0e4a650c84fbccc3.txt', line: 63, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 调度器工作流程
  { note: '000_0e4a650c84fbccc3.txt', line: 242, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // Service选择Pod的流程
  { note: '000_0e4a650c84fbccc3.txt', line: 370, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 集群分层管理
  { note: '000_0e4a650c84fbccc3.txt', line: 375, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 命名空间规划
  { note: '000_0e4a650c84fbccc3.txt', line: 892, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 选举流程
  { note: '000_0e4a650c84fbccc3.txt', line: 902, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 复制流程
  { note: '000_0e4a650c84fbccc3.txt', line: 942, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 基于租约和事务
  { note: '000_0e4a650c84fbccc3.txt', line: 951, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 临时顺序节点
  { note: '000_0e4a650c84fbccc3.txt', line: 974, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 流程
  { note: '000_0e4a650c84fbccc3.txt', line: 983, text: '//', reason: 'code-comment-marker', why: COMMENT_MARKER }, // 流程
  { note: '003_0ede1c37b8f50940.txt', line: 346, text: '镜像集群模式', reason: 'duplicate-section', why: 'Lines 346-353 repeat 镜像集群模式 (lines 338-345) word for word; the answer is published once.' },
];
