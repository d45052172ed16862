/**
 * The practice marks the build wrote into answer pages and the question index
 * (src/integrations/practice/practice-marks-html.ts): fills in the reader's state of each
 * question (新 / 学习中 / 已掌握, when it is due) and makes 加入练习 / 标记已掌握 work. Loaded by
 * PracticeMarks.astro only on pages with marks; kept small (it counts against every such page).
 */
import { isMarked, setMark, type ProgressStore, type QuestionProgress } from '../../lib/practice/progress.ts';
import { questionStatus, statusText } from '../../lib/practice/question-status.ts';
import { moveRenamedQuestions } from '../../lib/practice/renamed-questions.ts';
import { peekProgress } from '../../lib/practice/peek-progress.ts';
import { onProgressChangedElsewhere, saveProgress, storedText } from './progress-storage.ts';

/**
 * Each mark and the question it stands for: its own `data-practice-key`, or (in the question
 * index, to keep the page small) the address of the link it follows.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const keyFromHref = (href: string | null) => {
  const path = href?.startsWith(BASE) ? href.slice(BASE.length - 1) : null;
  return path && (path.includes('#') ? path : `${path}#_top`);
};
const holders = [...document.querySelectorAll<HTMLElement>('[data-practice-key], .kb-practice-mark')];
for (const holder of holders) holder.dataset.practiceKey ??= keyFromHref(holder.previousElementSibling?.getAttribute('href') ?? null) ?? '';
/** Progress kept under an id a question of this page had before (the build lists them) counts as its own. */
const formerIds = new Map(holders.flatMap((holder) => (holder.dataset.practiceFormer ?? '').split(' ').filter(Boolean).map((old) => [old, holder.dataset.practiceKey!] as const)));
const resolve = (key: string) => formerIds.get(key) ?? null;

function current(): ProgressStore | null {
  const store = peekProgress(storedText() ?? null);
  return store && moveRenamedQuestions(store, resolve).store;
}

function render(): void {
  const store = current();
  // Progress this version cannot read (or no storage): the marks keep saying 新 and the switches stay hidden.
  if (!store) return;
  const now = Date.now();
  for (const holder of holders) {
    const progress: QuestionProgress | undefined = store.questions[holder.dataset.practiceKey!];
    holder.dataset.status = questionStatus(progress);
    (holder.querySelector('[data-practice-status]') ?? holder).textContent = statusText(progress, now);
    for (const button of holder.querySelectorAll<HTMLButtonElement>('button[data-practice-mark]')) {
      button.setAttribute('aria-pressed', String(isMarked(progress, button.dataset.practiceMark as 'added' | 'mastered')));
    }
    holder.dataset.ready = '';
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.kb-practice-bar button[data-practice-mark]') : null;
  const key = button?.closest<HTMLElement>('[data-practice-key]')?.dataset.practiceKey;
  const store = current();
  if (!button || !key || !store) return;
  saveProgress(setMark(store, key, button.dataset.practiceMark as 'added' | 'mastered', button.getAttribute('aria-pressed') !== 'true', Date.now()));
  render();
});

onProgressChangedElsewhere(render);
render();
