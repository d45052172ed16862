/**
 * The reader's day, in the browser's time zone: what "due today" and "new today" mean. The day
 * turns at local midnight.
 */
export function startOfLocalDay(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

export function startOfNextLocalDay(time: number): number {
  const day = new Date(time);
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}

