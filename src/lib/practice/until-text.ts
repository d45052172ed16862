import { localDaysBetween } from './question-status.ts';

/** How long until `due`, short enough for a grade button: 1 分钟后, 3 小时后, 明天, 8 天后, 3 个月后. */
export function untilText(due: number, now: number): string {
  const minutes = Math.max(1, Math.round((due - now) / 60_000));
  if (minutes < 60) return `${minutes} 分钟后`;
  const days = localDaysBetween(now, due);
  if (days === 0) return `${Math.round(minutes / 60)} 小时后`;
  if (days === 1) return '明天';
  if (days < 60) return `${days} 天后`;
  if (days < 730) return `${Math.round(days / 30)} 个月后`;
  return `${Math.round(days / 365)} 年后`;
}
