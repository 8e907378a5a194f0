import { describe, expect, it } from 'vitest';
import { joinDate, joinTime, splitDate, splitTime } from './date-parts.ts';

describe('date boxes', () => {
  it('read and write day, month, year', () => {
    expect(splitDate('2026-12-05')).toEqual({ day: '5', month: '12', year: '2026' });
    expect(joinDate({ day: '5', month: '12', year: '2026' })).toEqual({ value: '2026-12-05' });
    expect(joinDate({ day: '', month: ' ', year: '' })).toEqual({ value: undefined });
  });

  it.each([
    [{ day: '31', month: '2', year: '2026' }, 'Enter a real date'],
    [{ day: '5', month: '13', year: '2026' }, 'Enter a real date'],
    [{ day: '5', month: '12', year: '26' }, 'four numbers'],
    [{ day: '5', month: '', year: '2026' }, 'in numbers'],
  ])('%j: %s', (parts, words) => {
    expect(joinDate(parts).problem).toContain(words);
  });
});

describe('time boxes', () => {
  it('read and write hour and minute on the 24-hour clock', () => {
    expect(splitTime('09:05')).toEqual({ hour: '09', minute: '05' });
    expect(joinTime({ hour: '9', minute: '5' })).toEqual({ value: '09:05' });
    expect(joinTime({ hour: '13', minute: '' })).toEqual({ value: '13:00' });
    expect(joinTime({ hour: '', minute: '' })).toEqual({ value: undefined });
    expect(joinTime({ hour: '25', minute: '00' }).problem).toContain('24-hour clock');
  });
});
