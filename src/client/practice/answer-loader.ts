/**
 * The answers, as the build cut them out of their pages (practice/answers/<topic>.json): fetched
 * per topic when the reader first meets one of its questions, with the stylesheets, component
 * styles and content scripts of their pages that this page lacks, so an answer looks and works
 * exactly as on its page. Only same-origin files: this works offline once they are cached.
 */
import { ANSWERS_DIR, type AnswerFile } from '../../lib/practice/answer-file.ts';
import type { PageQuestion } from '../../lib/practice/page-data.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const files = new Map<string, Promise<AnswerFile>>();
const loadedAssets = new Map<string, Promise<void>>();

function loadTopic(topic: string): Promise<AnswerFile> {
  let file = files.get(topic);
  if (!file) {
    file = fetch(`${BASE}${ANSWERS_DIR}/${topic}.json`).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json() as Promise<AnswerFile>;
    });
    // A failed fetch (offline) is tried again next time.
    file.catch(() => files.delete(topic));
    files.set(topic, file);
  }
  return file;
}

/** Adds a stylesheet, style or script once; resolves when a stylesheet has loaded (so nothing jumps when the answer appears). */
function addOnce(id: string, create: () => HTMLElement, waitForLoad: boolean): Promise<void> {
  let added = loadedAssets.get(id);
  if (!added) {
    const element = create();
    added = waitForLoad
      ? new Promise<void>((resolve) => {
          element.addEventListener('load', () => resolve(), { once: true });
          // A stylesheet that fails still lets the answer show, unstyled.
          element.addEventListener('error', () => resolve(), { once: true });
        })
      : Promise.resolve();
    document.head.append(element);
    loadedAssets.set(id, added);
  }
  return added;
}

export interface LoadedAnswer {
  html: string;
}

/** Fetches a question's answer and everything it needs to display; call early (prefetch) and again to show. */
export async function loadAnswer(question: PageQuestion): Promise<LoadedAnswer> {
  const file = await loadTopic(question.topic);
  const answer = file.answers[question.key];
  if (!answer) throw new Error(`no answer for ${question.key}`);
  const waits = [
    ...answer.stylesheets.map((index) => {
      const href = file.stylesheets[index]!;
      return addOnce(`link:${href}`, () => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }), true);
    }),
    ...answer.styles.map((index) => {
      const css = file.styles[index]!;
      return addOnce(`style:${css}`, () => Object.assign(document.createElement('style'), { textContent: css }), false);
    }),
    ...answer.scripts.map((index) => {
      const src = file.scripts[index]!;
      return addOnce(`script:${src}`, () => Object.assign(document.createElement('script'), { type: 'module', src }), false);
    }),
  ];
  await Promise.all(waits);
  return { html: answer.html };
}

/** The answer's address on its page (below the base). */
export const answerHref = (question: PageQuestion): string => `${BASE}${question.answerPath}`;

/** Puts the answer into `container`, followed by a link to it on its page (diagrams come drawn: inline SVG). */
export async function showAnswer(container: HTMLElement, question: PageQuestion): Promise<void> {
  const link = `<a href="${answerHref(question)}">在「${escapeText(question.pageTitle)}」中查看这道题的答案</a>`;
  try {
    const { html } = await loadAnswer(question);
    container.innerHTML = `${html}<p class="kb-practice-answer__source">${link}</p>`;
  } catch {
    container.innerHTML = `<p class="kb-practice-answer__error">答案没能加载（网络不可用？）。${link}</p>`;
  }
}

function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
