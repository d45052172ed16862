import type { Grade } from './progress.ts';

/** The four self-grades as the reader sees them, with their keys. */
export const GRADE_BUTTONS: readonly { grade: Grade; label: string; key: string }[] = [
  { grade: 1, label: '重来', key: '1' },
  { grade: 2, label: '困难', key: '2' },
  { grade: 3, label: '良好', key: '3' },
  { grade: 4, label: '简单', key: '4' },
];

export const GRADE_LABELS: Record<Grade, string> = { 1: '重来', 2: '困难', 3: '良好', 4: '简单' };
