// The cases issue #16 names, in sentences written for this test (not the held-out passage): damaged like note 000
// and repaired by the default model. The ones it still gets wrong are marked as known failures, with what it reads.
import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../../../scripts/repair/build-model.ts';
import { roundTrip } from '../../../scripts/repair/round-trip.ts';

function repaired(sentence: string): string {
  return roundTrip(`${sentence}\n`, loadDefaultModel()).text.trimEnd();
}

describe('issue #16 cases with the default model', () => {
  it.each([
    '用互斥锁保护共享变量，读多写少时换成读写锁。',
    'Go 的接口是隐式实现的，不需要显式声明。',
    '迟到的报文可能滞留在网络里，等它过期后再复用端口。',
    '## 🧭 学习路线',
    '把日志写入文件中，不要输出到终端。',
    'Pod 与 Service 的关系',
    '集群中不可用的节点会被摘除',
    '这个函数不会阻塞',
  ])('restores %s', (sentence) => {
    expect(repaired(sentence)).toBe(sentence);
  });

  // Known shortfalls: 协程 is in neither jieba nor the trigram model, while 子程(序) is common in the man pages;
  // 中间 is a frequent word; after 容器 general Chinese has 中 far more often than 与 or 不; 🐧 and 🧭 lose the same
  // bytes and only the symbol prior tells them apart.
  it.fails.each([
    'Go 的协程由运行时调度，创建一个协程的开销很小。',
    'InnoDB 用多版本并发控制与间隙锁实现可重复读。',
    '在容器中运行服务，容器与镜像的区别在于容器不是只读的。',
    '### 🐧 Linux 常用命令',
  ])('restores %s (known shortfall)', (sentence) => {
    expect(repaired(sentence)).toBe(sentence);
  });
});
