import { describe, expect, it } from 'vitest';
import { noticeSummary } from './notice-summary.ts';

describe('noticeSummary', () => {
  it.each([
    [{ days: ['fri', 'sat'], startDate: '2026-12-01', endDate: '2026-12-31' }, 'Fridays and Saturdays, 1–31 December 2026'],
    [{ days: ['sat'] }, 'Saturdays'],
    [{}, 'Every day'],
    [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, 'Every day'],
    [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, 'Mondays to Fridays'],
    [{ days: ['mon', 'wed', 'fri'] }, 'Mondays, Wednesdays and Fridays'],
    [{ days: ['mon', 'tue', 'wed', 'sat'] }, 'Mondays to Wednesdays and Saturdays'],
    [{ startDate: '2026-11-28', endDate: '2026-12-03' }, 'Every day, 28 November – 3 December 2026'],
    [{ startDate: '2026-12-28', endDate: '2027-01-03' }, 'Every day, 28 December 2026 – 3 January 2027'],
    [{ startDate: '2026-12-05', endDate: '2026-12-05' }, 'Every day, on 5 December 2026'],
    [{ startDate: '2026-12-01' }, 'Every day, from 1 December 2026'],
    [{ endDate: '2026-12-31' }, 'Every day, until 31 December 2026'],
    [{ days: ['sat'], from: '09:00', until: '13:00', startDate: '2026-12-01', endDate: '2026-12-31' }, 'Saturdays, 09:00–13:00, 1–31 December 2026'],
    [{ from: '09:00' }, 'Every day, from 09:00'],
  ] as const)('%j is "%s"', (notice, words) => {
    expect(noticeSummary(notice)).toBe(words);
  });
});
