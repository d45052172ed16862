/**
 * The practice marks the build wrote into answer pages and the question index
 * (src/integrations/practice/practice-marks-html.ts): fills in the reader's state of each
 * question (新 / 学习中 / 已掌握, when it is due) and makes 加入练习 / 标记已掌握 work. Loaded by
 * PracticeMarks.astro only on pages with marks; kept small (it counts against every such page).
 */
import { isMarked, setMark, type ProgressStore, type QuestionProgress } from '../../lib/practice/progress.ts';
import { questionStatus, statusText } from '../../lib/practice/question-status.ts';
import { peekProgress } from '../../lib/practice/peek-progress.ts';
import { onProgressChangedElsewhere, saveProgress, storedText } from './progress-storage.ts';

/**
 * Each mark and the question it stands for (`/go/interview/#gmp-scheduler`), read from the page
 * to keep the marks small: a bar is named by its question's heading on this page; an index mark
 * follows the link to its question.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const pathBelowBase = (path: string) => (path.startsWith(BASE) ? path.slice(BASE.length - 1) : null);
/** This page's path as the build names pages (`/go/interview/`), however it was asked for (`…/index.html`, no trailing slash). */
const thisPage = pathBelowBase(location.pathname.replace(/\/?(index\.html)?$/, '/'));
const keyOf = (holder: HTMLElement) => {
  if (holder.classList.contains('kb-practice-bar')) return `${thisPage}#${holder.getAttribute('aria-labelledby')}`;
  const path = pathBelowBase(holder.previousElementSibling?.getAttribute('href') ?? '');
  return path && (path.includes('#') ? path : `${path}#_top`);
};
const holders = [...document.querySelectorAll<HTMLElement>('.kb-practice-bar, .kb-practice-mark')];
for (const holder of holders) holder.dataset.practiceKey = keyOf(holder) ?? '';
/**
 * The stored progress. Progress kept under an id a question had before a rename is moved to its
 * id now by the practice page (which knows every old id); until the reader opens it, such a
 * question shows 新 here, its history untouched.
 */
const current = (): ProgressStore | null => peekProgress(storedText() ?? null);

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
