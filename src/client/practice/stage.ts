/**
 * The card area of the practice page (src/components/practice/PracticeStage.astro): one place
 * that knows its elements, so the session modes only say what to show.
 */
import { GRADES, type Grade } from '../../lib/practice/progress.ts';
import type { PageQuestion } from '../../lib/practice/page-data.ts';
import { showAnswer } from './answer-loader.ts';

const part = <T extends HTMLElement>(root: HTMLElement, name: string): T => {
  const element = root.querySelector<T>(`[data-stage="${name}"]`);
  if (!element) throw new Error(`practice stage: no [data-stage="${name}"]`);
  return element;
};

export class Stage {
  readonly root: HTMLElement;
  readonly progress: HTMLElement;
  readonly meta: HTMLElement;
  readonly question: HTMLElement;
  readonly revealRow: HTMLElement;
  readonly reveal: HTMLButtonElement;
  readonly answer: HTMLElement;
  readonly grades: HTMLElement;
  readonly nextRow: HTMLElement;
  readonly next: HTMLButtonElement;
  readonly end: HTMLElement;
  readonly stop: HTMLButtonElement;
  private readonly announcer: HTMLElement;
  /** The running mode's handlers; replaced when another mode starts. */
  private handlers: { reveal?: () => void; grade?: (grade: Grade) => void; next?: () => void; stop?: () => void } = {};

  constructor(root: HTMLElement) {
    this.root = root;
    this.progress = part(root, 'progress');
    this.meta = part(root, 'meta');
    this.question = part(root, 'question');
    this.revealRow = part(root, 'reveal-row');
    this.reveal = part(root, 'reveal');
    this.answer = part(root, 'answer');
    this.grades = part(root, 'grades');
    this.nextRow = part(root, 'next-row');
    this.next = part(root, 'next');
    this.end = part(root, 'end');
    this.stop = part(root, 'stop');
    this.announcer = part(root, 'announce');
    this.reveal.addEventListener('click', () => this.handlers.reveal?.());
    this.next.addEventListener('click', () => this.handlers.next?.());
    this.stop.addEventListener('click', () => this.handlers.stop?.());
    this.grades.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-grade]') : null;
      if (button) this.handlers.grade?.(Number(button.dataset.grade) as Grade);
    });
  }

  /** Starts a mode: the stage shows, and reveal / grade / next / stop go to its handlers. */
  open(handlers: Stage['handlers']): void {
    this.handlers = handlers;
    this.root.hidden = false;
  }

  close(): void {
    this.handlers = {};
    this.root.hidden = true;
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** What keys may do now: reveal while the answer is hidden, grade once it shows. */
  get canReveal(): boolean {
    return this.isOpen && !this.revealRow.hidden && this.handlers.reveal !== undefined;
  }

  get canGrade(): boolean {
    return this.isOpen && !this.grades.hidden && this.handlers.grade !== undefined;
  }

  triggerReveal(): void {
    if (this.canReveal) this.handlers.reveal?.();
  }

  triggerGrade(grade: Grade): void {
    if (this.canGrade) this.handlers.grade?.(grade);
  }

  /** A new card: its question in the heading (focused, so a screen reader reads it), the answer hidden. */
  showQuestion(question: PageQuestion, progressText: string, metaText: string, options: { reveal: boolean; next: boolean }): void {
    this.progress.textContent = progressText;
    this.meta.textContent = metaText;
    this.question.textContent = question.question;
    this.answer.hidden = true;
    this.answer.replaceChildren();
    this.grades.hidden = true;
    this.end.hidden = true;
    this.end.replaceChildren();
    this.revealRow.hidden = !options.reveal;
    this.nextRow.hidden = !options.next;
    this.question.hidden = false;
    this.meta.hidden = false;
    this.question.focus();
  }

  /** Shows the answer, then the grades with when each would bring the question back. */
  async showAnswer(question: PageQuestion, hints: Record<Grade, string> | null): Promise<void> {
    this.revealRow.hidden = true;
    await showAnswer(this.answer, question);
    this.answer.hidden = false;
    if (hints) {
      for (const grade of GRADES) {
        const hint = this.grades.querySelector(`#practice-grade-${grade}-hint`);
        if (hint) hint.textContent = hints[grade];
      }
      this.grades.hidden = false;
    }
    // Focus for screen readers, without scrolling the question out of sight.
    this.answer.focus({ preventScroll: true });
    this.announce(hints ? '已显示答案。自评：按 1 重来，2 困难，3 良好，4 简单。' : '已显示答案。');
  }

  /** The end of a mode: a message and its buttons in place of the card. */
  showEnd(progressText: string, content: Node[]): void {
    this.progress.textContent = progressText;
    this.question.hidden = true;
    this.meta.hidden = true;
    this.revealRow.hidden = true;
    this.answer.hidden = true;
    this.answer.replaceChildren();
    this.grades.hidden = true;
    this.nextRow.hidden = true;
    this.end.replaceChildren(...content);
    this.end.hidden = false;
    const focusable = this.end.querySelector<HTMLElement>('h3, [tabindex]');
    focusable?.focus();
  }

  announce(message: string): void {
    this.announcer.textContent = '';
    // A fresh text node is announced even when the message repeats.
    requestAnimationFrame(() => (this.announcer.textContent = message));
  }
}

/** A small DOM builder for the stage's end screens and summaries. */
export function html<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = properties;
  const element = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(element.dataset, dataset);
  element.append(...children);
  return element;
}
