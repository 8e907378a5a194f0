// Anonymous counts as data: per day, per language, how many times each journey screen was opened
// and each QR code shown. Nothing else is held: no time finer than the day, no identifiers, no
// order of events. Pure functions, so the rules (what a day is, what is kept, the CSV) are tested
// without files; counts-store.ts keeps the document on disk.
import { z } from 'zod';
import { COUNT_EVENTS, type CountEvent } from '../common/count-events.ts';
import { LANGUAGE_CODES } from '../common/languages.ts';

/** days[YYYY-MM-DD][language][event] = how many. */
export interface CountsDocument {
  readonly version: 1;
  readonly days: Record<string, Record<string, Partial<Record<CountEvent, number>>>>;
}

/** Kept a little over a year, so last year's week can be compared; older days are dropped. */
export const KEEP_DAYS = 400;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const documentSchema = z.strictObject({
  version: z.literal(1),
  days: z.record(
    z.string().regex(DAY),
    z.partialRecord(z.enum(LANGUAGE_CODES), z.partialRecord(z.enum(COUNT_EVENTS), z.number().int().min(0))),
  ),
});

export const emptyCounts = (): CountsDocument => ({ version: 1, days: {} });

export function parseCounts(text: string): CountsDocument | undefined {
  try {
    const parsed = documentSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as CountsDocument) : undefined;
  } catch {
    return undefined;
  }
}

/** The kiosk's own calendar day (local time): a practice's day, not UTC's. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A new document with `pending` added (each entry: day, language, event, how many). */
export function addCounts(doc: CountsDocument, pending: Iterable<readonly [string, string, CountEvent, number]>): CountsDocument {
  const days: Record<string, Record<string, Partial<Record<CountEvent, number>>>> = structuredClone(doc.days) as never;
  for (const [day, lang, event, n] of pending) {
    const byLang = (days[day] ??= {});
    const byEvent = (byLang[lang] ??= {});
    byEvent[event] = (byEvent[event] ?? 0) + n;
  }
  return { version: 1, days };
}

/** Drops days more than KEEP_DAYS before `today`. */
export function pruneCounts(doc: CountsDocument, today: string): CountsDocument {
  const oldest = addDays(today, -KEEP_DAYS);
  return { version: 1, days: Object.fromEntries(Object.entries(doc.days).filter(([day]) => day >= oldest)) };
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayOf(new Date(y, m - 1, d + n));
}

export interface WeekCounts {
  /** The Monday the week starts on. */
  readonly weekStart: string;
  readonly totals: Record<CountEvent, number>;
}

/** The last `weeks` weeks, Monday to Sunday, oldest first, the current week last. */
export function weeklyCounts(doc: CountsDocument, today: string, weeks = 12): WeekCounts[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const sinceMonday = (new Date(y, m - 1, d).getDay() + 6) % 7;
  const thisMonday = addDays(today, -sinceMonday);
  const result: WeekCounts[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const weekStart = addDays(thisMonday, -7 * w);
    const totals = Object.fromEntries(COUNT_EVENTS.map((e) => [e, 0])) as Record<CountEvent, number>;
    for (let i = 0; i < 7; i++) {
      for (const byEvent of Object.values(doc.days[addDays(weekStart, i)] ?? {})) {
        for (const event of COUNT_EVENTS) totals[event] += byEvent[event] ?? 0;
      }
    }
    result.push({ weekStart, totals });
  }
  return result;
}

/** The CSV's columns, in order (README, "Posters and counts"). */
export const CSV_COLUMNS = ['date', 'language', 'event', 'count'] as const;

/** One row per day, language and event with a count, oldest first; RFC 4180, CRLF line ends. */
export function countsCsv(doc: CountsDocument): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const day of Object.keys(doc.days).sort()) {
    const byLang = doc.days[day] ?? {};
    for (const lang of Object.keys(byLang).sort()) {
      for (const event of COUNT_EVENTS) {
        const n = byLang[lang]?.[event];
        if (n) rows.push([day, lang, event, String(n)].join(','));
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function totalOf(doc: CountsDocument): number {
  let total = 0;
  for (const byLang of Object.values(doc.days)) for (const byEvent of Object.values(byLang)) for (const n of Object.values(byEvent)) total += n ?? 0;
  return total;
}
