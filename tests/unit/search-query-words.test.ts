import { describe, expect, it } from 'vitest';
import { ASPECT_WORDS, QUESTION_WORDS, piecesOf, queryWords, searchTerms } from '../../src/plugins/search-index/browser/query-words.js';

const words = (query: string) => searchTerms(query).map((term) => term.word);

describe('the words of a question worth searching for', () => {
  it('cuts a whole question typed without spaces into words, as the browser does', () => {
    expect(queryWords('如何判断channel已经关闭')).toEqual(['如何', '判断', 'channel', '已经', '关闭']);
    expect(queryWords('Kafka 消息积压，怎么处理？')).toEqual(['kafka', '消息', '积压', '怎么', '处理']);
  });

  it('sets question words and particles aside', () => {
    expect(words('如何判断channel已经关闭')).toEqual(['判断', 'channel', '关闭']);
    expect(words('pod 一直 pending')).toEqual(['pod', 'pending']);
    expect(words('zookeeper是cp还是ap')).toEqual(['zookeeper', 'cp', 'ap']);
    expect(words('what is the difference between 2PC and 3PC')).toEqual(['difference', '2pc', '3pc']);
  });

  it('keeps aspect words, counting less than the words that name the concept', () => {
    expect(searchTerms('MVCC 实现原理', 0.25)).toEqual([
      { word: 'mvcc', parts: ['mvcc'], weight: 1 },
      { word: '实现', parts: ['实现'], weight: 0.25 },
      { word: '原理', parts: ['原理'], weight: 0.25 },
    ]);
  });

  it('reads words the segmenter splits as one question or aspect word (不|一样, 怎么|办)', () => {
    expect(searchTerms('数组跟切片有啥不一样', 0.25).map((term) => [term.word, term.weight])).toEqual([
      ['数组', 1],
      ['切片', 1],
      ['不一样', 0.25],
    ]);
  });

  it('keeps a lone character with the Chinese word next to it, so 分|区 is searched as 分区', () => {
    expect(searchTerms('一个分区能被几个消费者消费').map((term) => [term.word, term.parts])).toEqual([
      ['分区', ['分', '区']],
      ['消费者', ['消费', '者']],
      ['消费', ['消费']],
    ]);
    expect(words('redis setnx 加锁')).toEqual(['redis', 'setnx', '加锁']);
    // Not across a question word: 队列 and 空 stay apart when something stands between them.
    expect(words('队列是空的')).toEqual(['队列', '空']);
  });

  it('keeps a query made only of question words, and each term once', () => {
    expect(words('是什么')).toEqual(['是', '什么']);
    expect(words('etcd etcd 租约')).toEqual(['etcd', '租约']);
  });

  it('never lists a word both as a question word and as an aspect word', () => {
    expect([...QUESTION_WORDS].filter((word) => ASPECT_WORDS.has(word))).toEqual([]);
  });
});

describe('pieces of a Chinese word the index does not have', () => {
  it('are its two-character pieces, then its characters, question words left out', () => {
    expect(piecesOf('扩容规则')).toEqual(['扩容', '容规', '规则', '扩', '容', '规', '则']);
    expect(piecesOf('加锁')).toEqual(['加', '锁']);
    expect(piecesOf('的锁')).toEqual(['锁']);
  });

  it('are none for Latin words and single characters', () => {
    expect(piecesOf('setnx')).toEqual([]);
    expect(piecesOf('锁')).toEqual([]);
  });
});
