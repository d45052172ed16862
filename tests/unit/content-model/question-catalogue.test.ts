import { describe, expect, it } from 'vitest';
import { readQuestionCatalogue } from '../../../src/lib/content-model/question-catalogue.ts';
import { parseYamlData } from '../../../src/lib/content-model/yaml-data.ts';
import { answerKey, questionCatalogueFileSchema, topicOfPage } from '../../../src/schemas/question-catalogue.ts';
import { ROOT } from '../../support/dist.ts';

describe('the question catalogue (src/content/questions/*.yaml)', () => {
  it('reads every entry with its identity and topic', () => {
    const catalogue = readQuestionCatalogue(ROOT);
    const gmp = catalogue.byKey.get('/go/interview/#gmp-scheduler');
    expect(gmp).toMatchObject({ page: 'go/interview', anchor: 'gmp-scheduler', wording: 'author', kind: 'question' });
    expect(gmp!.tags).toContain('必考');
    expect(topicOfPage(gmp!.page)).toBe('go');
    expect(topicOfPage('interview-tips')).toBeNull();
    expect(catalogue.entries.filter((entry) => entry.kind === 'question').length).toBeGreaterThanOrEqual(150);
  });

  it('names the file and line of a misspelled field, a bad kind and a page path with slashes', () => {
    const yaml = ['- page: go/interview', '  anchor: gmp-scheduler', '  question: 请详细解释GMP调度模型', '  wording: author', '  kind: answer', '- page: /go/interview/', '  ancor: x', '  question: x？', '  wording: site', '  kind: question', ''].join('\n');
    let message = '';
    try {
      parseYamlData('src/content/questions/go.yaml', yaml, questionCatalogueFileSchema);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'src/content/questions/go.yaml:5: [0].kind: Invalid option: expected one of "question"|"reference"',
      'src/content/questions/go.yaml:6: [1].page: a page path has no slashes at its ends: go/interview',
      'src/content/questions/go.yaml:6: [1].anchor: Invalid input',
      'src/content/questions/go.yaml:6: [1]: Unrecognized key: "ancor"',
    ]);
  });

  it('writes an answer the way anchors.lock.json does', () => {
    expect(answerKey({ page: 'go/interview', anchor: 'gmp-scheduler' })).toBe('/go/interview/#gmp-scheduler');
  });
});

describe('catalogue files', () => {
  it('hold the answers of their own topic, each once', () => {
    const root = `${import.meta.dirname}/../../fixtures/content-model/question-catalogue/misplaced-and-twice`;
    expect(() => readQuestionCatalogue(root)).toThrow(
      [
        'src/content/questions/go.yaml:6: /kafka/architecture/#message-model belongs in src/content/questions/kafka.yaml (a catalogue file holds the answers of one topic or standalone page)',
        'src/content/questions/go.yaml:11: /go/interview/#gmp-scheduler is already listed at src/content/questions/go.yaml:1; an answer has one entry',
      ].join('\n'),
    );
  });
});
