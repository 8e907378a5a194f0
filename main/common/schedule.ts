// When the practice is open and which notices are live. Pure functions of the settings and a
// local wall-clock time, shared by the page (closed screen, notices in the rotation) and the
// Electron host (display sleep), so both always agree. Times are the kiosk's local time.
import type { Notice, Settings } from './settings-schema.ts';
import { WEEKDAYS, type Weekday } from './weekdays.ts';

type OpeningHours = Settings['openingHours'];

function weekday(at: Date): Weekday {
  // Date#getDay counts from Sunday; the settings count from Monday.
  return WEEKDAYS[(at.getDay() + 6) % 7] as Weekday;
}

function clock(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

function isoDate(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** True when the display should run: opening hours are off, or `at` falls inside today's span. */
export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  if (!hours.enabled) return true;
  const span = hours.week[weekday(at)];
  if (!span) return false;
  const now = clock(at);
  return now >= span.open && now < span.close;
}

/** True when the notice should be in the rotation at `at`. */
export function isNoticeLive(notice: Notice, at: Date): boolean {
  const today = isoDate(at);
  if (notice.startDate && today < notice.startDate) return false;
  if (notice.endDate && today > notice.endDate) return false;
  if (notice.days && notice.days.length > 0 && !notice.days.includes(weekday(at))) return false;
  const now = clock(at);
  if (notice.from && now < notice.from) return false;
  if (notice.until && now >= notice.until) return false;
  return true;
}

export function liveNotices(notices: readonly Notice[], at: Date): Notice[] {
  return notices.filter((notice) => isNoticeLive(notice, at));
}

function atClock(day: Date, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m, 0, 0);
}

/**
 * The next moment after `at` when the answer of isOpenAt or isNoticeLive may change, so a caller
 * can set one timer instead of polling. It may return a moment at which nothing changes; the
 * caller simply checks again.
 */
export function nextScheduleChange(settings: Pick<Settings, 'openingHours' | 'notices'>, at: Date): Date {
  const times = new Set<string>();
  for (const span of Object.values(settings.openingHours.week)) {
    if (span) times.add(span.open).add(span.close);
  }
  for (const notice of settings.notices) {
    if (notice.from) times.add(notice.from);
    if (notice.until) times.add(notice.until);
  }
  let best = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1); // next midnight: dates and days change
  for (const offset of [0, 1]) {
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset);
    for (const hhmm of times) {
      const candidate = atClock(day, hhmm);
      if (candidate > at && candidate < best) best = candidate;
    }
  }
  return best;
}
