import { describe, expect, it } from 'vitest';
import { settingsSchema, type SettingsInput } from '../../main/common/settings-schema.ts';
import en from '../../locales/en/kiosk.json' with { type: 'json' };
import pl from '../../locales/pl/kiosk.json' with { type: 'json' };
import { closedTexts, nextOpening } from './closed-content.ts';

const FILES: Record<string, unknown> = { en, pl };
function lookup(lang: string, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], FILES[lang]);
  return typeof value === 'string' ? value : undefined;
}
/** i18next's interpolation, enough for these strings. */
const t = (key: string, options: Record<string, unknown> = {}) => {
  const text = lookup(String(options.lng ?? 'en'), key) ?? lookup('en', key);
  if (text === undefined) throw new Error(`no text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};
const has = (key: string, lang: string) => lookup(lang, key) !== undefined;
const settings = (input: SettingsInput = {}) => settingsSchema.parse({ openingHours: { enabled: true }, ...input });
// Friday 27 November 2026, 19:00: the practice opens again on Monday at 08:00.
const FRIDAY_EVENING = new Date(2026, 10, 27, 19, 0);

describe('closed screen', () => {
  it('finds the next opening: later today, or the next open day', () => {
    expect(nextOpening(settings().openingHours, new Date(2026, 10, 26, 7, 0))).toEqual(new Date(2026, 10, 26, 8, 0));
    expect(nextOpening(settings().openingHours, FRIDAY_EVENING)).toEqual(new Date(2026, 10, 30, 8, 0));
    expect(nextOpening(settings({ openingHours: { enabled: true, week: {} } }).openingHours, FRIDAY_EVENING)).toBeUndefined();
  });

  it('says when it opens and gives 111 and 999 in every display language', () => {
    const texts = closedTexts(settings({ languages: { default: 'en', shown: ['en', 'pl'] } }), FRIDAY_EVENING, t, has);
    expect(texts.map((x) => x.lang)).toEqual(['en', 'pl']);
    expect(texts[0]).toMatchObject({ closed: en.display.closed, reopens: 'We open again on Monday at 08:00.', urgent: 'For urgent medical help, call 111. In an emergency, call 999.' });
    expect(texts[1]!.urgent).toContain('111');
    expect(texts[1]!.urgent).toContain('999');
    expect(texts[1]!.urgent).not.toBe(texts[0]!.urgent);
    expect(texts[1]!.reopens).toContain('poniedziałek');
  });

  it('in Northern Ireland gives 999, and the practice’s urgent line once set', () => {
    const ni = closedTexts(settings({ practice: { nation: 'northern-ireland' } }), FRIDAY_EVENING, t, has);
    expect(ni[0]!.urgent).toBe('In an emergency, call 999.');
    const set = closedTexts(settings({ practice: { nation: 'northern-ireland' }, nationDetails: { urgentNumber: '028 9074 4447' } }), FRIDAY_EVENING, t, has);
    expect(set[0]!.urgent).toBe('For urgent medical help, call 028 9074 4447. In an emergency, call 999.');
  });
});
