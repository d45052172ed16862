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
const LIST_NUMBER = "The question's number in note 000's own list of 21 (`16. Raft算法原理`), taken out of its title: the questions are spread over topic pages, where the number means nothing.";
const OWN_TOC = "Note 000's hand-written table of contents of its 21 questions (题目分类); the question index lists the same questions once, in the author's wording, with the categories 必考, 重点, 核心, 常考 as tags.";
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
  { note: '000_0e4a650c84fbccc3.txt', line: 42, text: "1.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 76, text: "2.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 113, text: "3.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 142, text: "4.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 178, text: "5.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 219, text: "6.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 256, text: "7.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 281, text: "8.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 325, text: "9.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 382, text: "10.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 448, text: "11.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 540, text: "12.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 623, text: "13.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 734, text: "14.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 847, text: "15.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 883, text: "16.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 920, text: "17.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 965, text: "18.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 1009, text: "19.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 1056, text: "20.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 1101, text: "21.", reason: 'global-question-number', why: LIST_NUMBER },
  { note: '000_0e4a650c84fbccc3.txt', line: 5, text: "## 📋 题目分类", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 7, text: "### 🚀 Go语言基础（必考）", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 8, text: "1. [Go的GMP调度模型](#1-go的gmp调度模型)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 9, text: "2. [Channel的实现原理](#2-channel的实现原理)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 10, text: "3. [垃圾回收机制](#3-垃圾回收机制)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 11, text: "4. [切片和数组的区别](#4-切片和数组的区别)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 13, text: "### ☸️ Kubernetes运维（重点）", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 14, text: "5. [Pod的生命周期](#5-pod的生命周期)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 15, text: "6. [Service的实现原理](#6-service的实现原理)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 16, text: "7. [网络插件的区别](#7-网络插件的区别)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 17, text: "8. [存储管理机制](#8-存储管理机制)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 19, text: "### 🏗️ K8s大规模集群维护与二开（核心）", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 20, text: "9. [大规模集群架构设计](#9-大规模集群架构设计)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 21, text: "10. [集群性能优化实践](#10-集群性能优化实践)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 22, text: "11. [自定义控制器开发](#11-自定义控制器开发)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 23, text: "12. [集群故障排查与恢复](#12-集群故障排查与恢复)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 24, text: "13. [多租户资源隔离方案](#13-多租户资源隔离方案)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 25, text: "14. [集群升级与回滚策略](#14-集群升级与回滚策略)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 27, text: "### 🌐 分布式系统（核心）", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 28, text: "15. [CAP理论的理解](#15-cap理论的理解)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 29, text: "16. [Raft算法原理](#16-raft算法原理)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 30, text: "17. [分布式锁实现](#17-分布式锁实现)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 31, text: "18. [服务发现机制](#18-服务发现机制)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 33, text: "### 🔧 中间件技术（常考）", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 34, text: "19. [Kafka消息可靠性](#19-kafka消息可靠性)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 35, text: "20. [Redis集群方案](#20-redis集群方案)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 36, text: "21. [etcd的应用场景](#21-etcd的应用场景)", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '000_0e4a650c84fbccc3.txt', line: 38, text: "---", reason: 'handwritten-toc', why: OWN_TOC },
  { note: '003_0ede1c37b8f50940.txt', line: 346, text: '镜像集群模式', reason: 'duplicate-section', why: 'Lines 346-353 repeat 镜像集群模式 (lines 338-345) word for word; the answer is published once.' },
];
