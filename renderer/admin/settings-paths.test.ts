import { describe, expect, it } from 'vitest';
import { getPath, numberField, optionalText, problemAt, problemsUnder, setPath } from './settings-paths.ts';
import { DEFAULT_SETTINGS, validateSettings } from '../../main/common/settings-schema.ts';

describe('getPath and setPath', () => {
  const doc = { practice: { name: 'A', nation: 'england' }, notices: [{ id: 'n1', title: 'T' }] };

  it('reads through objects and arrays', () => {
    expect(getPath(doc, 'practice.name')).toBe('A');
    expect(getPath(doc, 'notices.0.title')).toBe('T');
    expect(getPath(doc, 'notices.3.title')).toBeUndefined();
    expect(getPath(doc, 'practice.name.length.x')).toBeUndefined();
  });

  it('writes a copy and leaves the original alone', () => {
    const next = setPath(doc, 'notices.0.title', 'U');
    expect(next.notices[0]).toEqual({ id: 'n1', title: 'U' });
    expect(doc.notices[0]!.title).toBe('T');
    expect(next.practice).toBe(doc.practice);
  });

  it('creates missing objects on the way', () => {
    expect(setPath({}, 'complaintsContact.phone', '0123')).toEqual({ complaintsContact: { phone: '0123' } });
  });

  it('removes a key set to undefined, so an emptied optional field is no setting', () => {
    const withLink = setPath(DEFAULT_SETTINGS, 'links.complaints', 'https://example.nhs.uk/complaints');
    const cleared = setPath(withLink, 'links.complaints', optionalText('   '));
    expect('complaints' in cleared.links).toBe(false);
    expect(validateSettings(cleared).ok).toBe(true);
  });

  it('round-trips every default setting through the form paths unchanged', () => {
    let draft: unknown = {};
    for (const path of ['practice.name', 'practice.nation', 'links.review', 'display.dwellSeconds', 'display.transitions', 'journey.idleSeconds', 'languages.mode']) {
      draft = setPath(draft, path, getPath(DEFAULT_SETTINGS, path));
    }
    const result = validateSettings(draft);
    expect(result.ok && result.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('field conversions', () => {
  it('turns number fields into numbers and keeps nonsense for the schema to explain', () => {
    expect(numberField(' 12 ')).toBe(12);
    expect(numberField('twelve')).toBe('twelve');
    expect(numberField('')).toBe('');
    const result = validateSettings(setPath(DEFAULT_SETTINGS, 'display.dwellSeconds', numberField('twelve')));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.path).toBe('display.dwellSeconds');
  });

  it('maps a schema problem back to its field', () => {
    const result = validateSettings(setPath(DEFAULT_SETTINGS, 'links.review', 'http://nhs.uk'));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problemAt(problems, 'links.review')).toBe('This must be a web address starting with https://');
    expect(problemsUnder(problems, 'links')).toHaveLength(1);
    expect(problemsUnder(problems, 'link')).toHaveLength(0);
  });
});
