import type { Mark, ProgressStore, QuestionProgress, Review, SchedulerState } from './progress.ts';

/** What an import did, for the sentence the practice page shows. */
export interface MergeReport {
  /** Questions only the file had progress for: taken as they are. */
  added: number;
  /** Questions both had, whose history gained reviews from the file. */
  merged: number;
  /** Reviews from the file this browser did not have. */
  newReviews: number;
  /** Questions both had where the file brought nothing new. */
  unchanged: number;
  /** 加入练习 / 标记已掌握 switches taken from the file because it set them later. */
  marksTaken: number;
  /** The file's settings were newer and replaced these. */
  settingsTaken: boolean;
}

/** The later of two hand-set marks (the local one on a tie). */
function laterMark(local: Mark | undefined, incoming: Mark | undefined): Mark | undefined {
  if (!incoming) return local;
  if (!local) return incoming;
  return incoming.at > local.at ? incoming : local;
}

const reviewId = ([at, grade]: Review) => `${at}:${grade}`;

type Replay = (reviews: readonly Review[]) => SchedulerState | undefined;

/**
 * One question's progress from two sources, losing nothing: the union of both histories (the
 * same review twice counts once), its schedule replayed from that union, and each hand-set mark
 * as it was set last.
 */
export function mergeQuestion(ours: QuestionProgress, theirs: QuestionProgress, replay: Replay): { progress: QuestionProgress; newReviews: number; marksTaken: number } {
  const known = new Set(ours.reviews.map(reviewId));
  const extra = theirs.reviews.filter((review) => !known.has(reviewId(review)));
  const added = laterMark(ours.added, theirs.added);
  const mastered = laterMark(ours.mastered, theirs.mastered);
  const marksTaken = Number(added !== ours.added) + Number(mastered !== ours.mastered);
  const marks = { ...(added ? { added } : {}), ...(mastered ? { mastered } : {}) };
  if (extra.length === 0) return { progress: { ...ours, ...marks }, newReviews: 0, marksTaken };
  const reviews = [...ours.reviews, ...extra].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const scheduler = replay(reviews);
  return { progress: { reviews, ...(scheduler ? { scheduler } : {}), ...marks }, newReviews: extra.length, marksTaken };
}

/**
 * Merges imported progress into this browser's (mergeQuestion for each question both have), so
 * reviewing on two devices and merging gives the schedule one device would have computed. The
 * settings keep whichever was changed later. Progress for questions the site no longer lists is
 * kept too (the question may come back).
 */
export function mergeProgress(local: ProgressStore, incoming: ProgressStore, replay: Replay): { store: ProgressStore; report: MergeReport } {
  const report: MergeReport = { added: 0, merged: 0, newReviews: 0, unchanged: 0, marksTaken: 0, settingsTaken: false };
  const questions: Record<string, QuestionProgress> = { ...local.questions };
  for (const [key, theirs] of Object.entries(incoming.questions)) {
    const ours = local.questions[key];
    if (!ours) {
      questions[key] = theirs;
      report.added++;
      continue;
    }
    const merged = mergeQuestion(ours, theirs, replay);
    questions[key] = merged.progress;
    report.marksTaken += merged.marksTaken;
    report.newReviews += merged.newReviews;
    if (merged.newReviews > 0) report.merged++;
    else if (merged.marksTaken === 0) report.unchanged++;
  }
  const settingsTaken = incoming.settings.changedAt > local.settings.changedAt;
  report.settingsTaken = settingsTaken;
  return { store: { ...local, settings: settingsTaken ? incoming.settings : local.settings, questions }, report };
}

/** The report as the practice page says it: 导入完成：… */
export function describeMerge(report: MergeReport): string {
  const parts = [
    report.added > 0 ? `新增 ${report.added} 道题的进度` : '',
    report.merged > 0 ? `合并 ${report.merged} 道题的复习记录（补入 ${report.newReviews} 次复习）` : '',
    report.marksTaken > 0 ? `采用文件中较新的 ${report.marksTaken} 个“加入练习/已掌握”标记` : '',
    report.unchanged > 0 ? `${report.unchanged} 道题与本机记录相同` : '',
    report.settingsTaken ? '采用文件中较新的每日新题上限' : '',
  ].filter(Boolean);
  return parts.length > 0 ? `导入完成：${parts.join('；')}。本机原有的记录一条未删。` : '导入完成：文件中没有练习记录，本机进度未变。';
}
