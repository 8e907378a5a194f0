// Dates and times typed as separate boxes (day, month, year; hour, minute), as the NHS design
// system does: large targets, the on-screen keyboard's digits, and day/month/year order
// whatever the machine's locale. Pure: settings text <-> the boxes, and what is wrong.

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}
export interface TimeParts {
  readonly hour: string;
  readonly minute: string;
}

export function splitDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : { day: '', month: '', year: '' };
}

export function splitTime(text: string): TimeParts {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  return match ? { hour: match[1]!, minute: match[2]! } : { hour: '', minute: '' };
}

const digits = (s: string) => /^\d+$/.test(s.trim());

/** The setting for the boxes: an ISO date, nothing (all empty), or a problem to say. */
export function joinDate(parts: DateParts): { value: string | undefined; problem?: string } {
  const { day, month, year } = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  if (!day && !month && !year) return { value: undefined };
  const raw = `${year}-${month}-${day}`;
  if (!digits(day) || !digits(month) || !digits(year)) return { value: raw, problem: 'Enter a day, month and year in numbers, for example 5 12 2026' };
  if (year.length !== 4) return { value: raw, problem: 'Enter the year as four numbers, for example 2026' };
  const d = Number(day);
  const m = Number(month);
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { value: raw, problem: 'Enter a real date, for example 5 12 2026' };
  return { value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export function joinTime(parts: TimeParts): { value: string | undefined; problem?: string } {
  const hour = parts.hour.trim();
  const minute = parts.minute.trim();
  if (!hour && !minute) return { value: undefined };
  const raw = `${hour}:${minute}`;
  if (!digits(hour) || !digits(minute || '0') || Number(hour) > 23 || Number(minute || '0') > 59) {
    return { value: raw, problem: 'Enter a time on the 24-hour clock, for example 13 30 for half past one' };
  }
  return { value: `${hour.padStart(2, '0')}:${(minute || '0').padStart(2, '0')}` };
}
