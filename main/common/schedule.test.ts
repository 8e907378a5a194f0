import { describe, expect, it } from 'vitest';
import { isNoticeLive, isOpenAt, liveNotices, nextScheduleChange } from './schedule.ts';
import { settingsSchema } from './settings-schema.ts';

// 2026-11-23 is a Monday. Local time, as the kiosk uses.
const monday = (hhmm: string) => new Date(2026, 10, 23, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)));
const saturday = new Date(2026, 10, 28, 10, 0);

const settings = settingsSchema.parse({
  openingHours: { enabled: true, week: { mon: { open: '08:00', close: '18:30' } } },
  notices: [
    { id: 'flu', title: 'Flu clinic', body: 'Saturday 9am to 1pm', startDate: '2026-11-20', endDate: '2026-11-28' },
    { id: 'sat', title: 'Saturday', body: '', days: ['sat'], from: '09:00', until: '13:00' },
  ],
});

describe('opening hours', () => {
  it('is open inside the span and closed at and after closing time', () => {
    expect(isOpenAt(settings.openingHours, monday('07:59'))).toBe(false);
    expect(isOpenAt(settings.openingHours, monday('08:00'))).toBe(true);
    expect(isOpenAt(settings.openingHours, monday('18:29'))).toBe(true);
    expect(isOpenAt(settings.openingHours, monday('18:30'))).toBe(false);
  });
  it('is closed on a day with no span, and always open when switched off', () => {
    expect(isOpenAt(settings.openingHours, saturday)).toBe(false);
    expect(isOpenAt({ ...settings.openingHours, enabled: false }, saturday)).toBe(true);
  });
});

describe('notices', () => {
  const [flu, sat] = settings.notices;
  it('follows start and end dates, inclusive', () => {
    expect(isNoticeLive(flu!, new Date(2026, 10, 19, 23, 59))).toBe(false);
    expect(isNoticeLive(flu!, new Date(2026, 10, 20, 0, 0))).toBe(true);
    expect(isNoticeLive(flu!, new Date(2026, 10, 28, 23, 59))).toBe(true);
    expect(isNoticeLive(flu!, new Date(2026, 10, 29, 0, 0))).toBe(false);
  });
  it('follows days and hours', () => {
    expect(isNoticeLive(sat!, monday('10:00'))).toBe(false);
    expect(isNoticeLive(sat!, saturday)).toBe(true);
    expect(isNoticeLive(sat!, new Date(2026, 10, 28, 13, 0))).toBe(false);
    expect(liveNotices(settings.notices, monday('10:00')).map((n) => n.id)).toEqual(['flu']);
  });
});

describe('next change', () => {
  it('is the next opening, closing or notice boundary, else midnight', () => {
    expect(nextScheduleChange(settings, monday('07:00'))).toEqual(monday('08:00'));
    expect(nextScheduleChange(settings, monday('08:00'))).toEqual(monday('09:00'));
    expect(nextScheduleChange(settings, monday('13:00'))).toEqual(monday('18:30'));
    expect(nextScheduleChange(settings, monday('19:00'))).toEqual(new Date(2026, 10, 24, 0, 0));
  });
});
