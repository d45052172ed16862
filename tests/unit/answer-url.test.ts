import { describe, expect, it } from 'vitest';
import { answerUrl } from '../../src/client/answer-url.ts';
import { pageOfPathname } from '../../src/lib/page-path.ts';

describe('answerUrl', () => {
  it('is the absolute page URL with the answer id as its fragment', () => {
    expect(answerUrl('http://127.0.0.1:4321/go/interview/', 'gmp-scheduler')).toBe('http://127.0.0.1:4321/go/interview/#gmp-scheduler');
  });

  it('keeps the base path the site is served under', () => {
    expect(answerUrl('https://user.github.io/interview-kb/kafka/mq-interview/', 'message-ordering')).toBe(
      'https://user.github.io/interview-kb/kafka/mq-interview/#message-ordering',
    );
  });

  it('replaces the fragment the page was opened with and drops any search query', () => {
    expect(answerUrl('https://kb.example/go/interview/?q=gmp#channel-internals', 'slice-vs-array')).toBe('https://kb.example/go/interview/#slice-vs-array');
  });
});

describe('pageOfPathname', () => {
  it('is the path below the base', () => {
    expect(pageOfPathname('/go/interview/', '/')).toBe('/go/interview/');
    expect(pageOfPathname('/repo/go/interview/', '/repo/')).toBe('/go/interview/');
    expect(pageOfPathname('/repo/go/interview/', '/repo')).toBe('/go/interview/');
  });

  it('is the home page for the base itself, with or without its slash', () => {
    expect(pageOfPathname('/repo/', '/repo/')).toBe('/');
    expect(pageOfPathname('/repo', '/repo/')).toBe('/');
  });

  it('is null outside the base', () => {
    expect(pageOfPathname('/other/go/interview/', '/repo/')).toBeNull();
  });
});
