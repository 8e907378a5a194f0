import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../common/settings-schema.ts';
import { nextNightlyRelaunch } from './nightly-relaunch.ts';

// 2026-11-23 is a Monday.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m);
const { openingHours } = settingsSchema.parse({
  openingHours: { enabled: true, week: { mon: { open: '08:00', close: '18:30' }, tue: { open: '00:00', close: '23:59' } } },
});

describe('nextNightlyRelaunch', () => {
  it('is tonight when the time is still to come and the practice is closed then', () => {
    expect(nextNightlyRelaunch(openingHours, '22:00', at(23, 9))).toEqual(at(23, 22));
  });

  it('is tomorrow once today’s time has passed', () => {
    // Sunday 09:00 -> Monday 03:00 (Monday opens at 08:00).
    expect(nextNightlyRelaunch(openingHours, '03:00', at(22, 9))).toEqual(at(23, 3));
  });

  it('skips a day when the practice is open at that time', () => {
    // Tuesday is open round the clock, so Tuesday 03:00 is skipped for Wednesday 03:00.
    expect(nextNightlyRelaunch(openingHours, '03:00', at(23, 9))).toEqual(at(25, 3));
  });

  it('never relaunches at exactly now (no relaunch loop)', () => {
    expect(nextNightlyRelaunch({ ...openingHours, enabled: false }, '22:00', at(23, 22))).toEqual(at(24, 22));
  });

  it('takes any day when opening hours are off', () => {
    expect(nextNightlyRelaunch({ ...openingHours, enabled: false }, '03:00', at(23, 9))).toEqual(at(24, 3));
  });

  it('gives up when the practice is open at that time every day', () => {
    const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '00:00', close: '23:59' }]));
    const { openingHours: always } = settingsSchema.parse({ openingHours: { enabled: true, week } });
    expect(nextNightlyRelaunch(always, '03:00', at(23, 9))).toBeUndefined();
  });

  it('rejects a time that is not HH:MM', () => {
    expect(() => nextNightlyRelaunch(openingHours, '3am', at(23, 9))).toThrow(/HH:MM/);
    expect(() => nextNightlyRelaunch(openingHours, '24:00', at(23, 9))).toThrow(/HH:MM/);
  });
});
