import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../common/settings-schema.ts';
import { mergeGroupSettings, sameValue } from './group-merge.ts';

const settings = (input: unknown): Settings => settingsSchema.parse(input);
const LINK = { url: 'https://it.example.nhs.uk/group.json', publicKey: `${'A'.repeat(43)}=`, checkMinutes: 15 };

describe('mergeGroupSettings', () => {
  it('the first time, keeps what the kiosk set at allowed keys and takes the group value elsewhere', () => {
    const current = settings({ practice: { name: 'Our Surgery' }, display: { dwellSeconds: 30 }, group: LINK });
    const group = { settings: settings({ practice: { name: 'Group' }, display: { dwellSeconds: 20 } }), localKeys: ['practice.name'] };
    const merged = mergeGroupSettings(group, undefined, current);
    expect(merged.ok && merged.settings.practice.name).toBe('Our Surgery');
    expect(merged.ok && merged.settings.display.dwellSeconds).toBe(20);
    expect(merged.ok && merged.settings.group).toEqual(LINK);
    expect(merged.ok && merged.localChanges).toEqual(['practice.name']);
  });

  it('puts back a change the group never allowed', () => {
    const previous = { settings: settings({ display: { dwellSeconds: 20 } }), localKeys: [] };
    const current = settings({ display: { dwellSeconds: 60 } });
    const merged = mergeGroupSettings(previous, previous, current);
    expect(merged.ok && merged.settings.display.dwellSeconds).toBe(20);
  });

  it('never takes the kiosk link from the group', () => {
    const group = { settings: settings({ group: { ...LINK, url: 'https://elsewhere.example/x.json' } }), localKeys: [] };
    const merged = mergeGroupSettings(group, undefined, DEFAULT_SETTINGS);
    expect(merged.ok && merged.settings.group).toBeUndefined();
  });

  it('refuses to drop a local change the group stops allowing, and accepts once it matches again', () => {
    const previous = { settings: settings({ links: { contact: 'https://a.example/contact' } }), localKeys: ['links.contact'] };
    const next = { settings: settings({ links: { contact: 'https://a.example/contact' }, display: { dwellSeconds: 40 } }), localKeys: [] };
    const changed = settings({ links: { contact: 'https://ours.example/contact' } });
    const refused = mergeGroupSettings(next, previous, changed);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toContain('links.contact');
    const accepted = mergeGroupSettings(next, previous, settings({ links: { contact: 'https://a.example/contact' } }));
    expect(accepted.ok && accepted.settings.display.dwellSeconds).toBe(40);
  });

  it('compares settings whatever the order of their keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });
});
