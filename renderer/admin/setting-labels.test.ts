import { describe, expect, it } from 'vitest';
import { settingLabel } from './setting-labels.ts';

const settings = { notices: [{ id: 'notice-mx0ki8ni', title: 'Flu clinic' }] };

describe('settingLabel', () => {
  it.each([
    ['practice.name', 'Practice name'],
    ['display.dwellSeconds', 'Seconds each message stays on screen'],
    ['links.review', 'Review page'],
    ['openingHours.week.fri', 'Opening hours on Friday'],
    ['openingHours.week.fri.close', 'Friday closes'],
    ['notices.0.title', 'Notice “Flu clinic”: title'],
    ['notices.notice-mx0ki8ni', 'Notice “Flu clinic”'],
    ['notices.notice-mx0ki8ni.translations.pl.body', 'Notice “Flu clinic”: Polish text'],
    ['notices.3.startDate', 'A notice: first day'],
    ['remoteAdmin.enabled', 'Remote admin'],
  ])('%s is "%s"', (path, label) => {
    expect(settingLabel(path, settings)).toBe(label);
  });
});
