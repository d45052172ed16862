import { describe, expect, it } from 'vitest';
import { MAX_RELATED, relatedAnswers, wordsOf, type AnswerText } from '../../../scripts/import/related-answers.ts';
import type { QuestionEntry } from '../../../src/schemas/question-catalogue.ts';

const answer = (page: string, anchor: string, title: string, text: string): AnswerText => ({
  entry: { page, anchor, question: `${title}？`, wording: 'site', tags: [], kind: 'question' } satisfies QuestionEntry,
  title,
  text,
});

const corpus = [
  answer('distributed/consensus', 'raft-algorithm', 'Raft算法原理', 'Raft 通过 Leader 选举、日志复制和安全性保证一致性。Leader 选举：Follower 超时转为 Candidate，获得多数票成为 Leader。日志复制：Leader 把日志复制到多数节点后提交。'),
  answer('etcd/internals', 'raft-consensus', 'Raft 一致性算法', 'etcd 的核心是 Raft 一致性算法。Leader 选举：节点竞选 Leader，获得多数节点支持。日志复制：Leader 把日志条目同步到 Follower，多数节点确认后提交。'),
  answer('distributed/consensus', 'paxos', 'PAXOS', 'Paxos 由 Proposer、Acceptor 和 Learner 组成，通过 Prepare 和 Accept 两阶段达成共识。'),
  answer('kubernetes/core', 'cni-plugins', '网络插件的区别', '插件 实现方式 Flannel VXLAN Overlay Calico BGP 路由 Weave Cilium eBPF'),
  answer('kubernetes/ops-interview', 'flannel-vs-calico', 'k8s Flannel（基于隧道） 和 Calico （基于路由）', 'Flannel 创建 flannel0 网桥，flanneld 进程上连 etcd 管理 IP 地址段。Calico 借助 BGP、路由表和 iptables 实现三层网络。'),
  answer('middleware/redis', 'redis-persistence', 'redis的持久化（RDB 和 AOF）', 'RDB 生成快照文件，AOF 记录每条写命令；AOF 的文件体积通常更大。'),
  answer('go/interview', 'slice-vs-array', '切片和数组的区别', '数组长度固定，切片是对底层数组的引用，扩容时容量翻倍。'),
];

describe('相关问题 (TF-IDF over segmented words)', () => {
  const related = relatedAnswers(corpus);

  it('links answers on other pages that cover the same thing, both ways', () => {
    expect(related.get('/distributed/consensus/#raft-algorithm')?.map((item) => item.key)).toEqual(['/etcd/internals/#raft-consensus']);
    expect(related.get('/etcd/internals/#raft-consensus')?.map((item) => item.key)).toContain('/distributed/consensus/#raft-algorithm');
    expect(related.get('/kubernetes/core/#cni-plugins')?.map((item) => item.key)).toEqual(['/kubernetes/ops-interview/#flannel-vs-calico']);
  });

  it('never links an answer on the same page, nor answers that only share common words', () => {
    expect(related.get('/distributed/consensus/#paxos') ?? []).not.toContainEqual(expect.objectContaining({ key: '/distributed/consensus/#raft-algorithm' }));
    expect(related.has('/go/interview/#slice-vs-array')).toBe(false);
    expect(related.has('/middleware/redis/#redis-persistence')).toBe(false);
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(MAX_RELATED);
  });

  it('segments Chinese with jieba and leaves out question words', () => {
    expect(wordsOf('Raft算法是如何保证分布式一致性的？')).toEqual(['raft', '算法', '保证', '分布式', '一致性']);
  });
});
