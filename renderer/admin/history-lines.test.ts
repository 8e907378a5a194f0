import { describe, expect, it } from 'vitest';
import { activityLine, describeSave, historyLine } from './history-lines.ts';

const base = {
  practice: { name: 'Your GP practice' },
  openingHours: { enabled: false, week: { fri: { open: '08:00', close: '18:30' } } },
  remoteAdmin: { enabled: false },
  notices: [] as { id: string; title: string; body: string }[],
};
const flu = { id: 'notice-mx0ki8ni', title: 'Flu clinic', body: 'Saturday' };

describe('history lines', () => {
  it.each([
    ['a notice added', { ...base, notices: [flu] }, 'Notice “Flu clinic” added'],
    ['the practice renamed', { ...base, practice: { name: 'Threeways Surgery' } }, 'Practice name changed to “Threeways Surgery”'],
    ['a closing time changed', { ...base, openingHours: { ...base.openingHours, week: { fri: { open: '08:00', close: '15:39' } } } }, 'Friday closes changed to “15:39”'],
    ['a day opened', { ...base, openingHours: { ...base.openingHours, week: { ...base.openingHours.week, sat: { open: '09:00', close: '12:00' } } } }, 'Opening hours on Saturday: 09:00–12:00'],
    ['remote admin turned on', { ...base, remoteAdmin: { enabled: true } }, 'Remote admin turned on'],
    ['nothing', base, 'Saved with no changes'],
  ])('%s', (_name, after, line) => {
    expect(describeSave(base, after)).toBe(line);
  });

  it('an edited or removed notice is named by its title', () => {
    const before = { ...base, notices: [flu] };
    expect(describeSave(before, { ...base, notices: [{ ...flu, body: 'Sunday' }] })).toBe('Notice “Flu clinic”: text changed to “Sunday”');
    expect(describeSave(before, base)).toBe('Notice “Flu clinic” removed');
  });

  it('many changes: two, then how many more', () => {
    const after = { ...base, practice: { name: 'A' }, remoteAdmin: { enabled: true }, openingHours: { ...base.openingHours, enabled: true } };
    expect(describeSave(base, after)).toBe('Practice name changed to “A”; Go dark outside opening hours turned on; and 1 more change');
  });

  it('says where and when', () => {
    const at = new Date(2026, 10, 28, 15, 31).toISOString();
    expect(historyLine('Notice “Flu clinic” added', at, 'remote')).toBe('Notice “Flu clinic” added, at the desk, 28 Nov 15:31');
    expect(historyLine('Practice name changed to “A”', at)).toBe('Practice name changed to “A”, 28 Nov 15:31');
  });

  it('recent activity in words, not machine names', () => {
    const at = new Date(2026, 10, 28, 9, 5).toISOString();
    expect(activityLine({ at, action: 'settings-saved', surface: 'remote', detail: 'changed openingHours.week, practice.name' })).toBe(
      'Settings saved (Opening hours, Practice name), at the desk, 28 Nov 09:05',
    );
    expect(activityLine({ at, action: 'sign-in-refused', surface: 'kiosk', detail: 'wrong pin' })).toBe('Wrong PIN or password, at the kiosk, 28 Nov 09:05');
  });
});
