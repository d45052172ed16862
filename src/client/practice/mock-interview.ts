/**
 * 模拟面试: N random questions of the selection, one after another with no answer and no
 * grading, as an interviewer would ask them; at the end a summary where the reader opens each
 * answer and grades each question (or leaves it ungraded).
 */
import { GRADE_BUTTONS } from '../../lib/practice/grade-labels.ts';
import type { PageQuestion } from '../../lib/practice/page-data.ts';
import type { Grade } from '../../lib/practice/progress.ts';
import { statusText } from '../../lib/practice/question-status.ts';
import { gradeQuestion } from '../../lib/practice/scheduler.ts';
import { drawQuestions } from '../../lib/practice/study-queue.ts';
import { showAnswer } from './answer-loader.ts';
import { closeButton, type SessionContext } from './review-session.ts';
import { html } from './stage.ts';

export function startMock(context: SessionContext, size: number): void {
  const { stage, holder } = context;
  const picked = drawQuestions(context.questions, size);
  let index = 0;
  const close = () => {
    stage.close();
    context.onClose();
  };
  const show = () => {
    const question = picked[index]!;
    stage.next.textContent = index < picked.length - 1 ? '下一题' : '结束并评分';
    stage.showQuestion(question, `模拟面试 · 第 ${index + 1} / ${picked.length} 题`, question.topicLabel, { reveal: false, next: true });
  };

  const summary = () => {
    const form = html('form', { className: 'kb-practice-summary-form' });
    picked.forEach((question, at) => {
      const answer = html('div', { className: 'kb-practice-answer' });
      const details = html('details', {}, html('summary', {}, '查看答案'), answer);
      details.addEventListener('toggle', () => {
        if (details.open && !answer.hasChildNodes()) void showAnswer(answer, question);
      }, { once: false });
      const choices = [{ grade: 0, label: '不评' }, ...GRADE_BUTTONS].map(({ grade, label }) =>
        html('label', { className: 'kb-practice-choice' }, html('input', { type: 'radio', name: `grade-${at}`, value: String(grade), checked: grade === 0 }), html('span', {}, label)),
      );
      form.append(
        html(
          'fieldset',
          { className: 'kb-practice-summary-item' },
          html('legend', {}, `${at + 1}. ${question.question}`),
          html('p', { className: 'kb-practice-stage__meta' }, `${question.topicLabel} · ${statusText(holder.store.questions[question.key], Date.now())}`),
          details,
          html('div', { className: 'kb-practice-choices' }, ...choices),
        ),
      );
    });
    const submit = html('button', { type: 'submit', className: 'kb-practice-button kb-practice-button--primary' }, '记录评分');
    form.append(html('div', { className: 'kb-practice-actions' }, submit, closeButton(context, '不记录，返回')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const now = Date.now();
      const grades = picked.flatMap((question, at) => {
        const value = Number(new FormData(form).get(`grade-${at}`));
        return value >= 1 && value <= 4 ? [[question, value as Grade] as const] : [];
      });
      const saved = holder.update((store) => {
        const questions = { ...store.questions };
        for (const [question, grade] of grades) questions[question.key] = gradeQuestion(questions[question.key], grade, now);
        return { ...store, questions };
      });
      stage.showEnd('模拟面试', [
        html('h3', { tabIndex: -1 }, saved ? `已记录 ${grades.length} 道题的评分` : '评分没能保存'),
        html('p', {}, saved ? '这些题会按你的评分安排复习，在“开始练习”里出现。' : '本机的练习进度暂时无法写入。'),
        html('div', { className: 'kb-practice-actions' }, closeButton(context)),
      ]);
    });
    stage.showEnd(`模拟面试 · ${picked.length} 题已答完`, [
      html('h3', { tabIndex: -1 }, '模拟面试结束：给每道题评分'),
      html('p', {}, '展开“查看答案”对照自己的回答，再选一个评分；不想记录的题保持“不评”。'),
      form,
    ]);
  };

  if (picked.length === 0) {
    stage.open({ stop: close });
    stage.showEnd('模拟面试', [html('h3', { tabIndex: -1 }, '所选范围内没有题目'), html('div', { className: 'kb-practice-actions' }, closeButton(context))]);
    return;
  }
  stage.open({
    next: () => {
      index++;
      if (index < picked.length) show();
      else summary();
    },
    stop: close,
  });
  show();
}
