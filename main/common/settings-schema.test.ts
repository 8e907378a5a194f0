import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_SETTINGS, isHttpsUrl, settingsSchema, validateSettings } from './settings-schema.ts';
import { SLIDE_IDS } from './slide-catalogue.ts';

describe('settings schema', () => {
  it('fills every default from an empty document', () => {
    expect(DEFAULT_SETTINGS.display.slides).toEqual([...SLIDE_IDS]);
    expect(DEFAULT_SETTINGS.display.dwellSeconds).toBe(12);
    expect(DEFAULT_SETTINGS.practice.name).toBe('Your GP practice');
    expect(DEFAULT_SETTINGS.languages).toEqual({ default: 'en', shown: ['en'], mode: 'single' });
  });

  it('keeps what a partial document says and defaults the rest', () => {
    const result = validateSettings({ practice: { name: '  Threeways Surgery ' }, display: { slides: ['photos', 'intro'] } });
    expect(result.ok && result.settings.practice.name).toBe('Threeways Surgery');
    expect(result.ok && result.settings.display.slides).toEqual(['photos', 'intro']);
    expect(result.ok && result.settings.display.dwellSeconds).toBe(12);
  });

  it('names the path and says what is wrong, in plain words', () => {
    const result = validateSettings({ display: { dwellSeconds: 2, slides: ['intro', 'intro'] }, links: { review: 'http://www.nhs.uk' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'display.dwellSeconds', message: 'At least 5 seconds' },
        { path: 'display.slides', message: 'Each slide once' },
        { path: 'links.review', message: 'This must be a web address starting with https://' },
      ]),
    );
  });

  it('refuses unknown keys, so a typo is reported instead of ignored', () => {
    const result = validateSettings({ display: { dwelSeconds: 20 } });
    expect(result).toEqual({ ok: false, problems: [{ path: 'display', message: 'Unknown setting: dwelSeconds' }] });
  });

  it('refuses slides that do not exist and an empty rotation', () => {
    expect(validateSettings({ display: { slides: ['intro', 'adverts'] } }).ok).toBe(false);
    expect(validateSettings({ display: { slides: [] } }).ok).toBe(false);
  });

  it('refuses control characters in patient-facing text', () => {
    expect(validateSettings({ practice: { name: 'A\u0007B' } }).ok).toBe(false);
    expect(validateSettings({ practice: { name: '   ' } }).ok).toBe(false);
  });

  it.each([
    ['https://www.nhs.uk/services/gp-surgery/x/A12345', true],
    ['HTTPS://www.nhs.uk/', true],
    ['http://www.nhs.uk/', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https://localhost/', false],
    ['https://user:pw@example.org/', false],
    ['https://exa mple.org/', false],
    ['www.nhs.uk', false],
  ])('isHttpsUrl(%s) is %s', (url, expected) => {
    expect(isHttpsUrl(url)).toBe(expected);
  });

  it('exports a JSON Schema for editors', () => {
    const schema = z.toJSONSchema(settingsSchema, { io: 'input' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['practice', 'display', 'links', 'languages']));
  });
});
