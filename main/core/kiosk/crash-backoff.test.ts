import { describe, expect, it } from 'vitest';
import { CrashBackoff, DEFAULT_CRASH_BACKOFF } from './crash-backoff.ts';

const options = { firstDelayMs: 1000, maxDelayMs: 5000, relaunchAfter: 5, windowMs: 60_000 };

describe('CrashBackoff', () => {
  it('reloads after a delay that doubles with each failure, up to the cap', () => {
    const backoff = new CrashBackoff({ ...options, relaunchAfter: 10 });
    const delays = [0, 1, 2, 3, 4, 5].map((i) => backoff.recordFailure(i * 100));
    expect(delays).toEqual([1000, 2000, 4000, 5000, 5000, 5000].map((delayMs) => ({ action: 'reload', delayMs })));
  });

  it('relaunches on the fifth failure inside the window, then starts counting again', () => {
    const backoff = new CrashBackoff(options);
    for (let i = 0; i < 4; i++) expect(backoff.recordFailure(i * 1000).action).toBe('reload');
    expect(backoff.recordFailure(4000)).toEqual({ action: 'relaunch' });
    expect(backoff.recordFailure(5000)).toEqual({ action: 'reload', delayMs: 1000 });
  });

  it('forgets failures older than the window, so a crash a day never relaunches', () => {
    const backoff = new CrashBackoff(options);
    const day = 24 * 60 * 60_000;
    for (let i = 0; i < 20; i++) expect(backoff.recordFailure(i * day)).toEqual({ action: 'reload', delayMs: 1000 });
  });

  it('counts only failures inside the sliding window', () => {
    // The delay says how many failures were counted: 1 s for one, doubling with each.
    const inside = new CrashBackoff(options);
    inside.recordFailure(0);
    inside.recordFailure(30_000);
    expect(inside.recordFailure(59_999)).toEqual({ action: 'reload', delayMs: 4000 });
    const after = new CrashBackoff(options);
    after.recordFailure(0);
    after.recordFailure(30_000);
    expect(after.recordFailure(60_000)).toEqual({ action: 'reload', delayMs: 2000 });
  });

  it('has defaults that reload within a second and relaunch after five failures in ten minutes', () => {
    const backoff = new CrashBackoff();
    expect(backoff.recordFailure(0)).toEqual({ action: 'reload', delayMs: DEFAULT_CRASH_BACKOFF.firstDelayMs });
    expect(DEFAULT_CRASH_BACKOFF).toMatchObject({ relaunchAfter: 5, windowMs: 600_000 });
  });

  it('rejects options that make no sense', () => {
    expect(() => new CrashBackoff({ ...options, maxDelayMs: 10 })).toThrow(/inconsistent/);
    expect(() => new CrashBackoff({ ...options, relaunchAfter: 0 })).toThrow(/inconsistent/);
  });
});
