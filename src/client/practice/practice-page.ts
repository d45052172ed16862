/**
 * The practice page's script: the day's counts, the reader's choice of questions, and the
 * buttons that start a mode. The modes, the scheduler (ts-fsrs) and the answers load when the
 * reader starts, so the first visit stays small.
 */
import { decodePageData, type PageQuestion, type PracticePageData } from '../../lib/practice/page-data.ts';
import { MAX_NEW_PER_DAY } from '../../lib/practice/progress.ts';
import { moveRenamedQuestions } from '../../lib/practice/renamed-questions.ts';
import { dayCounts, selectQuestions, type Selection } from '../../lib/practice/study-queue.ts';
import { ProgressHolder } from './progress-holder.ts';
import type { SessionContext } from './review-session.ts';
import type { Stage } from './stage.ts';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`practice page: no #${id}`);
  return element as T;
};

const data = JSON.parse(byId('kb-practice-data').textContent ?? '{}') as PracticePageData;
const questions: PageQuestion[] = decodePageData(data);
const known = new Set(questions.map((question) => question.key));
/** A question id from before a page move or an anchor rename, mapped to today's (worked out from anchors.lock.json at build time). */
const resolve = (key: string): string | null => (known.has(key) ? key : (data.former[key] ?? null));
const holder = new ProgressHolder();
const form = byId<HTMLFormElement>('practice-setup');
const stageRoot = byId('practice-stage');
/** Everything but the card area, hidden while a mode runs so the card has the screen. */
const outside = [...document.querySelectorAll<HTMLElement>('.kb-practice > :not(#practice-stage)')];
const newPerDay = byId<HTMLInputElement>('practice-new-per-day');
const mockSize = form.querySelector<HTMLSelectElement>('select[name="mockSize"]')!;
const CHOICES_KEY = 'kb-practice-choices';

/** Progress kept under old ids moves to the questions' current ids; both present: histories merged. */
async function followRenames(): Promise<void> {
  const moved = moveRenamedQuestions(holder.store, resolve);
  if (moved.moved > 0) holder.update(() => moved.store);
  const pending = Object.keys(holder.store.questions).some((key) => {
    const current = resolve(key);
    return current !== null && current !== key;
  });
  if (!pending) return;
  const [{ replayReviews }, { mergeQuestion }] = await Promise.all([import('../../lib/practice/scheduler.ts'), import('../../lib/practice/merge-progress.ts')]);
  holder.update((store) => moveRenamedQuestions(store, resolve, (current, old) => mergeQuestion(current, old, replayReviews).progress).store);
}

function checkedValues(name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
}

const checkbox = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function selection(): Selection {
  return { topics: new Set(checkedValues('topic')), tags: new Set(checkedValues('tag')), mustKnowOnly: checkbox('mustKnow').checked, addedOnly: checkbox('addedOnly').checked };
}

function saveChoices(): void {
  const choices = { topics: checkedValues('topic'), tags: checkedValues('tag'), mustKnow: checkbox('mustKnow').checked, onlyDue: checkbox('onlyDue').checked, addedOnly: checkbox('addedOnly').checked, mockSize: mockSize.value };
  try {
    localStorage.setItem(CHOICES_KEY, JSON.stringify(choices));
  } catch {
    // Not remembering the choice is fine.
  }
}

/** The reader's last choice of topics and options (a convenience, not part of the exported progress). */
function restoreChoices(): void {
  let choices: Record<string, unknown> | null = null;
  try {
    choices = JSON.parse(localStorage.getItem(CHOICES_KEY) ?? 'null') as Record<string, unknown> | null;
  } catch {
    return;
  }
  if (!choices || typeof choices !== 'object') return;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : null);
  const topics = list(choices.topics);
  const tags = list(choices.tags);
  if (topics) for (const input of form.querySelectorAll<HTMLInputElement>('input[name="topic"]')) input.checked = topics.includes(input.value);
  if (tags) for (const input of form.querySelectorAll<HTMLInputElement>('input[name="tag"]')) input.checked = tags.includes(input.value);
  for (const name of ['mustKnow', 'onlyDue', 'addedOnly']) checkbox(name).checked = choices[name] === true;
  if (typeof choices.mockSize === 'string' && [...mockSize.options].some((option) => option.value === choices.mockSize)) mockSize.value = choices.mockSize;
}

const setText = (selector: string, value: string | number) => {
  for (const element of document.querySelectorAll(selector)) element.textContent = String(value);
};

function renderCounts(): void {
  const now = Date.now();
  const all = dayCounts(questions, holder.store, now);
  setText('[data-count="due"]', all.due);
  setText('[data-count="new"]', all.newToday);
  setText('[data-count="unseen"]', all.newTotal);
  setText('[data-count="mastered"]', all.mastered);
  setText('[data-count="total"]', all.total);
  const chosen = selectQuestions(questions, selection(), holder.store);
  const counts = dayCounts(chosen, holder.store, now);
  setText('[data-selected="total"]', chosen.length);
  setText('[data-selected="due"]', counts.due);
  setText('[data-selected="new"]', checkbox('onlyDue').checked ? 0 : counts.newToday);
  if (document.activeElement !== newPerDay) newPerDay.value = String(holder.store.settings.newPerDay);
  renderNotice();
}

function renderNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-practice-notice]')!;
  const problem = holder.problem;
  const messages: Record<string, string> = {
    newer: '这个浏览器里保存的练习进度来自更新版本的网站，本页读不了。为免覆盖，本页不会写入：可以用“导出进度”保存原样的数据，或清除后重新开始。',
    invalid: `这个浏览器里保存的练习进度无法读取（${problem?.kind === 'invalid' ? problem.problem : ''}）。为免覆盖，本页不会写入：可以用“导出进度”保存原样的数据，或清除后重新开始。`,
    unavailable: '浏览器不允许本站使用本地存储（例如隐私模式或站点数据被禁用），本次练习的进度在关闭页面后不会保留。',
    'save-failed': '最近的进度没能保存到浏览器（存储空间已满或被禁用）。建议导出进度。',
  };
  notice.hidden = problem === null;
  notice.textContent = problem ? messages[problem.kind]! : '';
}

let stage: Stage | null = null;

/** Opens the card area in one of the modes, loading the modes (and the scheduler) on first use. */
async function start(mode: 'review' | 'random' | 'mock'): Promise<void> {
  saveChoices();
  const [{ Stage: StageClass }, sessions, mock] = await Promise.all([import('./stage.ts'), import('./review-session.ts'), mode === 'mock' ? import('./mock-interview.ts') : null]);
  stage ??= new StageClass(stageRoot);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const context: SessionContext = {
    stage,
    holder,
    questions: selectQuestions(questions, selection(), holder.store),
    onlyDue: checkbox('onlyDue').checked,
    onClose: () => {
      for (const element of outside) element.hidden = false;
      renderCounts();
      (opener ?? form.querySelector<HTMLElement>('[data-start="review"]'))?.focus();
    },
  };
  for (const element of outside) element.hidden = true;
  if (mode === 'review') sessions.startReview(context);
  else if (mode === 'random') sessions.startRandom(context);
  else mock!.startMock(context, Number(mockSize.value));
  stageRoot.scrollIntoView({ block: 'start' });
}

/** Space shows the answer and 1–4 grade, unless the reader is typing or on a control that uses the key. */
function onKey(event: KeyboardEvent): void {
  if (!stage?.isOpen || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable], dialog')) return;
  if (event.key === ' ' && stage.canReveal && !target?.closest('button, a, summary')) {
    event.preventDefault();
    stage.triggerReveal();
  } else if (/^[1-4]$/.test(event.key) && stage.canGrade) {
    event.preventDefault();
    stage.triggerGrade(Number(event.key) as 1 | 2 | 3 | 4);
  }
}

function wireBackup(): void {
  const part = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-backup="${name}"]`)!;
  const status = part('status');
  const fileInput = part<HTMLInputElement>('file');
  const say = (message: string | null) => {
    if (message !== null) status.textContent = message;
  };
  const transfer = () => import('./progress-transfer.ts');
  part('export').addEventListener('click', async () => say((await transfer()).exportProgress(holder)));
  part('import').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) say(await (await transfer()).importProgress(holder, file, resolve, (key) => known.has(key)));
  });
  part('clear').addEventListener('click', async () => say(await (await transfer()).confirmClear(part<HTMLDialogElement>('dialog'), holder)));
}

restoreChoices();
holder.subscribe(renderCounts);
renderCounts();
void followRenames();

form.addEventListener('change', (event) => {
  if (event.target === newPerDay) return;
  saveChoices();
  renderCounts();
});
newPerDay.addEventListener('change', () => {
  const value = Math.round(Number(newPerDay.value));
  if (!Number.isFinite(value) || value < 0 || value > MAX_NEW_PER_DAY) {
    newPerDay.value = String(holder.store.settings.newPerDay);
    return;
  }
  holder.update((store) => ({ ...store, settings: { newPerDay: value, changedAt: Date.now() } }));
});
form.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-topics]') : null;
  if (!button) return;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="topic"]')) input.checked = button.dataset.topics === 'all';
  saveChoices();
  renderCounts();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void start('review');
});
for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-start="random"], button[data-start="mock"]')) {
  button.addEventListener('click', () => void start(button.dataset.start as 'random' | 'mock'));
}
document.addEventListener('keydown', onKey);
// A page left open overnight: the day's counts follow the clock when the reader comes back.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') renderCounts();
});
wireBackup();
