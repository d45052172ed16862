/**
 * 导出 / 导入 / 清除: the progress as a JSON file the reader keeps, a file merged back in (never
 * overwriting: mergeProgress, and the page says what the merge did), and clearing after the
 * reader confirms in a dialog.
 */
import { describeMerge, mergeProgress } from '../../lib/practice/merge-progress.ts';
import { moveRenamedQuestions } from '../../lib/practice/renamed-questions.ts';
import { readProgressText } from '../../lib/practice/read-progress.ts';
import { replayReviews } from '../../lib/practice/scheduler.ts';
import type { ProgressHolder } from './progress-holder.ts';
import { storedText } from './progress-storage.ts';

const localDate = (time: number) => {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the progress; when this version cannot read what is stored, the stored text as it is. */
export function exportProgress(holder: ProgressHolder): string {
  const name = `后端面试知识库-练习进度-${localDate(Date.now())}.json`;
  if (!holder.writable) {
    download(storedText() ?? '', name);
    return `已导出本机保存的原始进度（${name}），内容未经改动。`;
  }
  download(`${JSON.stringify(holder.store, null, 1)}\n`, name);
  const count = Object.keys(holder.store.questions).length;
  return `已导出 ${count} 道题的进度到 ${name}。`;
}

/**
 * Reads a progress file and merges it into this browser's. `resolve` maps an old question id to
 * its current one (anchors.lock.json), so a file from before a rename lands on the right question.
 */
export async function importProgress(holder: ProgressHolder, file: File, resolve: (key: string) => string | null, known: (key: string) => boolean): Promise<string> {
  if (!holder.writable) return '本机保存的进度本页读不了，为免覆盖，先导出或清除它再导入。';
  const read = readProgressText(await file.text());
  if (read.kind === 'newer') return `无法导入：这个文件来自更新版本的网站（进度格式第 ${read.version} 版），本页读不了。本机进度未变。`;
  if (read.kind === 'invalid') return `无法导入：${read.problem}。本机进度未变。`;
  const incoming = moveRenamedQuestions(read.store, resolve).store;
  let report = '';
  let unknown = 0;
  holder.update((store) => {
    const merged = mergeProgress(store, incoming, replayReviews);
    report = describeMerge(merged.report);
    unknown = Object.keys(incoming.questions).filter((key) => !known(key)).length;
    return merged.store;
  });
  return unknown > 0 ? `${report}文件里有 ${unknown} 道题已不在题库中，它们的记录也保留了。` : report;
}

/** Asks in a modal dialog; clears only on the dialog's 清除. */
export function confirmClear(dialog: HTMLDialogElement, holder: ProgressHolder): Promise<string | null> {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue !== 'clear') return resolve(null);
        resolve(holder.clear() ? '已清除这个浏览器里的全部练习进度。' : '没能清除：浏览器不允许本站修改本地存储。');
      },
      { once: true },
    );
    dialog.showModal();
  });
}
