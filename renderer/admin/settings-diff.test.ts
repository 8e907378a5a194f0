import { describe, expect, it } from 'vitest';
import { describePath, describeValue, diffSettings } from './settings-diff.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../main/common/settings-schema.ts';

const notice = (id: string, title: string) => ({ id, title, body: '', translations: {} });

describe('diffSettings', () => {
  it('finds nothing between equal documents', () => {
    expect(diffSettings(DEFAULT_SETTINGS, structuredClone(DEFAULT_SETTINGS))).toEqual([]);
  });

  it('names each changed field by its path', () => {
    const after: Settings = { ...DEFAULT_SETTINGS, practice: { ...DEFAULT_SETTINGS.practice, name: 'Threeways Surgery' } };
    expect(diffSettings(DEFAULT_SETTINGS, after)).toEqual([{ path: 'practice.name', kind: 'changed', before: 'Your GP practice', after: 'Threeways Surgery' }]);
  });

  it('reports optional settings added and removed', () => {
    const withLink = { ...DEFAULT_SETTINGS, links: { ...DEFAULT_SETTINGS.links, complaints: 'https://example.nhs.uk/c' } };
    expect(diffSettings(DEFAULT_SETTINGS, withLink)).toEqual([{ path: 'links.complaints', kind: 'added', after: 'https://example.nhs.uk/c' }]);
    expect(diffSettings(withLink, DEFAULT_SETTINGS)).toEqual([{ path: 'links.complaints', kind: 'removed', before: 'https://example.nhs.uk/c' }]);
  });

  it('treats a new slide order as one change', () => {
    const after = { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, slides: [...DEFAULT_SETTINGS.display.slides].reverse() } };
    const changes = diffSettings(DEFAULT_SETTINGS, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.path).toBe('display.slides');
  });

  it('matches notices by id, whatever their position', () => {
    const before = { notices: [notice('flu', 'Flu clinic'), notice('bank', 'Bank holiday')] };
    const after = { notices: [notice('bank', 'Bank holiday'), notice('flu', 'Flu jabs'), notice('new', 'New')] };
    expect(diffSettings(before, after)).toEqual([
      { path: 'notices.flu.title', kind: 'changed', before: 'Flu clinic', after: 'Flu jabs' },
      { path: 'notices.new', kind: 'added', after: notice('new', 'New') },
    ]);
  });

  it('ignores the $schema hint for editors', () => {
    expect(diffSettings({ a: 1 }, { a: 1, $schema: './x.json' })).toEqual([]);
  });
});

describe('describing changes', () => {
  it('speaks staff words', () => {
    expect(describePath('display.dwellSeconds')).toBe('Seconds each message stays on screen');
    expect(describePath('notices.flu.title', { notices: [{ id: 'flu', title: 'Flu clinic' }] })).toBe('Notice “Flu clinic”: title');
    expect(describeValue(['en', 'cy'])).toBe('en, cy');
    expect(describeValue(false)).toBe('off');
    expect(describeValue(undefined)).toBe('(none)');
    expect(describeValue(notice('x', 'Flu'))).toBe('Flu');
  });
});
