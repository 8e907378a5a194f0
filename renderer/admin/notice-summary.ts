// When a notice shows, in one line staff can check at a glance: "Fridays and Saturdays,
// 09:00–13:00, 1–31 December 2026". Dates read day month year whatever the machine's locale.
import { WEEKDAYS, type Weekday } from '../../main/common/weekdays.ts';

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mondays', tue: 'Tuesdays', wed: 'Wednesdays', thu: 'Thursdays', fri: 'Fridays', sat: 'Saturdays', sun: 'Sundays' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface NoticeTimes {
  readonly startDate?: string;
  readonly endDate?: string;
  readonly days?: readonly Weekday[];
  readonly from?: string;
  readonly until?: string;
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "Mondays to Fridays", "Fridays and Saturdays", "Mondays, Wednesdays and Fridays". */
export function describeDays(days: readonly Weekday[] | undefined): string | undefined {
  const chosen = WEEKDAYS.filter((d) => days?.includes(d));
  if (chosen.length === 0 || chosen.length === 7) return undefined;
  // Runs of three or more days in a row read as a range.
  const runs: Weekday[][] = [];
  for (const day of chosen) {
    const last = runs.at(-1);
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return list(runs.flatMap((run) => (run.length >= 3 ? [`${DAY_NAMES[run[0]!]} to ${DAY_NAMES[run.at(-1)!]}`] : run.map((d) => DAY_NAMES[d]))));
}

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { day: d!, month: MONTHS[(m ?? 1) - 1] ?? '', year: y! };
};
const fullDate = (iso: string) => {
  const { day, month, year } = parts(iso);
  return `${day} ${month} ${year}`;
};

/** "1–31 December 2026", "28 November – 3 December 2026", "From 1 December 2026". */
export function describeDates(start?: string, end?: string): string | undefined {
  if (!start && !end) return undefined;
  if (!end) return `from ${fullDate(start!)}`;
  if (!start) return `until ${fullDate(end)}`;
  if (start === end) return `on ${fullDate(start)}`;
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${fullDate(start)} – ${fullDate(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${fullDate(end)}`;
  return `${a.day}–${fullDate(end)}`;
}

function describeTimes(from?: string, until?: string): string | undefined {
  if (from && until) return `${from}–${until}`;
  if (from) return `from ${from}`;
  if (until) return `until ${until}`;
  return undefined;
}

export function noticeSummary(notice: NoticeTimes): string {
  const pieces = [describeDays(notice.days) ?? 'Every day', describeTimes(notice.from, notice.until), describeDates(notice.startDate, notice.endDate)].filter(Boolean);
  return pieces.join(', ');
}
