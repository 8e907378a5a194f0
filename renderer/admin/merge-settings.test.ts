import { describe, expect, it } from 'vitest';
import { mergeSettings, valueAt } from './merge-settings.ts';

const base = {
  practice: { name: 'Threeways Surgery', nation: 'england' },
  display: { dwellSeconds: 12, slides: ['intro', 'devices'] },
  notices: [
    { id: 'flu', title: 'Flu clinic', body: 'Saturday' },
    { id: 'covid', title: 'Covid jabs', body: 'Friday' },
  ],
};

describe('mergeSettings', () => {
  it('keeps both when the two edits touched different settings', () => {
    const mine = { ...base, practice: { ...base.practice, name: 'My Surgery' } };
    const theirs = { ...base, display: { ...base.display, dwellSeconds: 20 } };
    const { merged, conflicts } = mergeSettings(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.practice.name).toBe('My Surgery');
    expect(merged.display.dwellSeconds).toBe(20);
  });

  it('reports the same setting changed two ways as a conflict, and takes the side asked for', () => {
    const mine = { ...base, practice: { ...base.practice, name: 'My Surgery' } };
    const theirs = { ...base, practice: { ...base.practice, name: 'Their Surgery' } };
    expect(mergeSettings(base, mine, theirs)).toEqual({ merged: mine, conflicts: ['practice.name'] });
    expect(mergeSettings(base, mine, theirs, 'theirs')).toEqual({ merged: theirs, conflicts: ['practice.name'] });
  });

  it('merges notices by id: different notices edited, one added, one removed', () => {
    const mine = { ...base, notices: [{ ...base.notices[0]!, title: 'Flu clinic (walk in)' }, base.notices[1]!, { id: 'new', title: 'New', body: 'x' }] };
    const theirs = { ...base, notices: [base.notices[0]!, { ...base.notices[1]!, body: 'Friday and Saturday' }] };
    const { merged, conflicts } = mergeSettings(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.notices.map((n) => `${n.id}:${n.title}:${n.body}`)).toEqual(['flu:Flu clinic (walk in):Saturday', 'covid:Covid jabs:Friday and Saturday', 'new:New:x']);
    const removed = mergeSettings(base, { ...base, notices: [base.notices[1]!] }, theirs);
    expect(removed.merged.notices.map((n) => n.id)).toEqual(['covid']);
  });

  it('treats a list of plain values (the slide order) as one setting', () => {
    const mine = { ...base, display: { ...base.display, slides: ['devices', 'intro'] } };
    const theirs = { ...base, display: { ...base.display, slides: ['intro'] } };
    expect(mergeSettings(base, mine, theirs).conflicts).toEqual(['display.slides']);
  });

  it('an optional setting one side removed stays removed', () => {
    const withLink = { ...base, links: { review: 'https://a.nhs.uk', contact: 'https://b.nhs.uk' } };
    const mine = { ...withLink, links: { review: 'https://a.nhs.uk' } };
    const theirs = { ...withLink, practice: { ...base.practice, nation: 'wales' } };
    const { merged, conflicts } = mergeSettings(withLink, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.links).toEqual({ review: 'https://a.nhs.uk' });
    expect(merged.practice.nation).toBe('wales');
  });
});

describe('valueAt', () => {
  it('finds notices by id and settings by name', () => {
    expect(valueAt(base, 'notices.covid.body')).toBe('Friday');
    expect(valueAt(base, 'practice.name')).toBe('Threeways Surgery');
    expect(valueAt(base, 'notices.gone.title')).toBeUndefined();
  });
});
