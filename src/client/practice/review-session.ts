/**
 * 开始练习 and 随机一题: one card at a time, the answer hidden until 显示答案, then the reader's
 * grade goes to FSRS (src/lib/practice/scheduler.ts) and decides when the question returns.
 */
import { GRADE_LABELS } from '../../lib/practice/grade-labels.ts';
import type { PageQuestion } from '../../lib/practice/page-data.ts';
import { GRADES, type Grade, type ProgressStore } from '../../lib/practice/progress.ts';
import { dueText, statusText } from '../../lib/practice/question-status.ts';
import { untilText } from '../../lib/practice/until-text.ts';
import { gradeQuestion, previewDue } from '../../lib/practice/scheduler.ts';
import { dayCounts, drawQuestions, nextCard } from '../../lib/practice/study-queue.ts';
import { loadAnswer } from './answer-loader.ts';
import type { ProgressHolder } from './progress-holder.ts';
import { html, type Stage } from './stage.ts';

export interface SessionContext {
  stage: Stage;
  holder: ProgressHolder;
  /** The reader's selection, in catalogue order. */
  questions: PageQuestion[];
  onlyDue: boolean;
  /** Called when the reader leaves the stage. */
  onClose: () => void;
}



function hintsFor(store: ProgressStore, question: PageQuestion, now: number): Record<Grade, string> {
  const due = previewDue(store.questions[question.key], now);
  return Object.fromEntries(GRADES.map((grade) => [grade, untilText(due[grade], now)])) as Record<Grade, string>;
}

/** Records a grade; says so (and when the question comes back) for screen readers. */
function grade(context: SessionContext, question: PageQuestion, value: Grade): void {
  const now = Date.now();
  const saved = context.holder.update((store) => ({ ...store, questions: { ...store.questions, [question.key]: gradeQuestion(store.questions[question.key], value, now) } }));
  const due = context.holder.store.questions[question.key]?.scheduler?.due;
  context.stage.announce(saved && due !== undefined ? `已记为${GRADE_LABELS[value]}，下次复习：${dueText(due, now)}。` : '这次评分没能保存：本机的练习进度暂时无法写入。');
}

/** A button that leaves the stage for the choice of questions. */
export function closeButton(context: SessionContext, label = '返回选择题目'): HTMLButtonElement {
  const button = html('button', { type: 'button', className: 'kb-practice-button' }, label);
  button.addEventListener('click', () => close(context));
  return button;
}

function close(context: SessionContext): void {
  context.stage.close();
  context.onClose();
}

/** 开始练习: learning steps, due reviews and today's new questions of the selection, until none is left. */
export function startReview(context: SessionContext): void {
  const { stage, holder } = context;
  const byKey = new Map(context.questions.map((question) => [question.key, question]));
  let current: PageQuestion | null = null;
  let graded = 0;
  const progressText = (now: number) => {
    const counts = dayCounts(context.questions, holder.store, now);
    return `已评 ${graded} 题 · 待复习 ${counts.due} · 今日新题 ${context.onlyDue ? 0 : counts.newToday}`;
  };
  const showCard = (key: string, now: number) => {
    current = byKey.get(key)!;
    stage.showQuestion(current, progressText(now), `${current.topicLabel} · ${statusText(holder.store.questions[key], now)}`, { reveal: true, next: false });
    // Fetch the answer while the reader thinks, so 显示答案 shows it at once.
    loadAnswer(current).catch(() => undefined);
  };
  const show = () => {
    const now = Date.now();
    const next = nextCard(context.questions, holder.store, now, context.onlyDue);
    if (next.kind === 'card') return showCard(next.key, now);
    current = null;
    if (next.kind === 'wait') {
      const early = html('button', { type: 'button', className: 'kb-practice-button kb-practice-button--primary' }, '现在就复习');
      early.addEventListener('click', () => showCard(next.key, Date.now()));
      return stage.showEnd(progressText(now), [
        html('h3', { tabIndex: -1 }, '今天到期的题都做完了'),
        html('p', {}, `还有学习中的题会在 ${dueText(next.due, now)} 再出现，到时回来继续；也可以现在就复习。`),
        html('div', { className: 'kb-practice-actions' }, early, closeButton(context)),
      ]);
    }
    const counts = dayCounts(context.questions, holder.store, now);
    return stage.showEnd(progressText(now), [
      html('h3', { tabIndex: -1 }, graded > 0 ? '这一轮练完了' : '现在没有要练的题'),
      html('p', {}, graded > 0 ? `本轮评了 ${graded} 题。` : '', counts.newTotal > 0 && !context.onlyDue ? `今天的新题已学满（每日上限 ${holder.store.settings.newPerDay}），明天再来；也可以调高上限。` : '所选范围内今天没有到期的题。'),
      html('div', { className: 'kb-practice-actions' }, closeButton(context)),
    ]);
  };
  stage.open({
    reveal: () => current && void stage.showAnswer(current, hintsFor(holder.store, current, Date.now())),
    grade: (value) => {
      if (!current) return;
      grade(context, current, value);
      graded++;
      show();
    },
    stop: () => close(context),
  });
  show();
}

/** 随机一题: one question of the selection, whatever its state; graded like any other. */
export function startRandom(context: SessionContext): void {
  const { stage, holder } = context;
  let current: PageQuestion | null = null;
  const draw = () => {
    current = drawQuestions(context.questions, 1)[0] ?? null;
    if (!current) {
      stage.showEnd('随机一题', [html('h3', { tabIndex: -1 }, '所选范围内没有题目'), html('div', { className: 'kb-practice-actions' }, closeButton(context))]);
      return;
    }
    const now = Date.now();
    stage.showQuestion(current, '随机一题', `${current.topicLabel} · ${statusText(holder.store.questions[current.key], now)}`, { reveal: true, next: false });
    loadAnswer(current).catch(() => undefined);
  };
  stage.open({
    reveal: () => current && void stage.showAnswer(current, hintsFor(holder.store, current, Date.now())),
    grade: (value) => {
      if (!current) return;
      grade(context, current, value);
      const again = html('button', { type: 'button', className: 'kb-practice-button kb-practice-button--primary' }, '再来一题');
      again.addEventListener('click', draw);
      const due = holder.store.questions[current.key]?.scheduler?.due;
      stage.showEnd('随机一题', [
        html('h3', { tabIndex: -1 }, `已记为${GRADE_LABELS[value]}`),
        html('p', {}, due === undefined ? '' : `这道题下次复习：${dueText(due, Date.now())}。`),
        html('div', { className: 'kb-practice-actions' }, again, closeButton(context)),
      ]);
      current = null;
    },
    stop: () => close(context),
  });
  draw();
}
