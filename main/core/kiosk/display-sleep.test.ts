import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../common/settings-schema.ts';
import { delayUntil, displaySleepPlan } from './display-sleep.ts';

// 2026-11-23 is a Monday; local time, as the kiosk uses.
const monday = (h: number, m = 0) => new Date(2026, 10, 23, h, m);
const hours = settingsSchema.parse({ openingHours: { enabled: true, week: { mon: { open: '08:00', close: '18:30' } } } });

describe('displaySleepPlan', () => {
  it('keeps the display awake during opening hours and checks again at closing time', () => {
    expect(displaySleepPlan(hours, monday(9))).toEqual({ keepAwake: true, checkAgainAt: monday(18, 30) });
  });

  it('lets the display sleep before opening and checks again at opening time', () => {
    expect(displaySleepPlan(hours, monday(6))).toEqual({ keepAwake: false, checkAgainAt: monday(8) });
  });

  it('lets it sleep after closing, checking again no later than midnight', () => {
    const plan = displaySleepPlan(hours, monday(19));
    expect(plan.keepAwake).toBe(false);
    expect(plan.checkAgainAt.getTime()).toBeLessThanOrEqual(new Date(2026, 10, 24, 0, 0).getTime());
    expect(plan.checkAgainAt.getTime()).toBeGreaterThan(monday(19).getTime());
  });

  it('keeps the display awake all the time when opening hours are off', () => {
    const always = settingsSchema.parse({});
    expect(always.openingHours.enabled).toBe(false);
    expect(displaySleepPlan(always, new Date(2026, 10, 29, 3, 0)).keepAwake).toBe(true);
  });
});

describe('delayUntil', () => {
  it('is the time left, but never less than the floor', () => {
    expect(delayUntil(monday(9, 1), monday(9))).toBe(60_000);
    expect(delayUntil(monday(8), monday(9))).toBe(1_000);
  });
});
