import { describe, expect, it } from 'vitest';
import { settingsSchema, type SettingsInput } from '../../main/common/settings-schema.ts';
import { NATIONS } from '../../main/common/nation-preset.ts';
import en from '../../locales/en/kiosk.json' with { type: 'json' };
import pl from '../../locales/pl/kiosk.json' with { type: 'json' };
import cy from '../../locales/cy/kiosk.json' with { type: 'json' };
import { builtInSlides, displaySlides } from './slide-content.ts';

const FILES: Record<string, unknown> = { en, pl, cy };
function lookup(lang: string, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], FILES[lang]);
  return typeof value === 'string' ? value : undefined;
}
const t = (key: string, options: Record<string, unknown> = {}) => {
  const text = lookup(String(options.lng ?? 'en'), key) ?? lookup('en', key);
  if (text === undefined) throw new Error(`no text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};
const has = (key: string, lang: string) => lookup(lang, key) !== undefined;
const settings = (input: SettingsInput = {}) => settingsSchema.parse(input);
const law = (slides: ReturnType<typeof displaySlides>) => slides.find((s) => s.key === 'abuse-law')!;

describe('slides by nation', () => {
  it.each(NATIONS)('%s: the reviews slide promises only that nation’s route', (nation) => {
    const reviews = builtInSlides(settings({ practice: { nation } }), t).find((s) => s.key === 'reviews')!;
    const text = `${reviews.headline} ${reviews.body}`;
    if (nation === 'england') expect(text).toContain('NHS website');
    else expect(text).not.toContain('NHS website');
    if (nation === 'scotland' || nation === 'northern-ireland') expect(text).toContain('Care Opinion');
  });

  it('the law slide: plain words, then the nation’s laws in a smaller line', () => {
    const england = law(builtInSlides(settings(), t));
    expect(england.headline).toBe(en.slides['abuse-law'].headline);
    expect(england.note).toMatch(/Online Safety Act/);
    expect(law(builtInSlides(settings({ practice: { nation: 'scotland' } }), t)).note).not.toMatch(/Malicious|Online Safety/);
  });
});

describe('the law slide waits for a translator', () => {
  const pass = { primary: 'pl' };
  const multilingual = settings({ languages: { default: 'en', shown: ['en', 'pl'] } });

  it('shows in English, labelled English, in a language whose translation of it is unchecked', () => {
    const slide = law(displaySlides(multilingual, pass, t, has, false, () => false));
    expect(slide).toMatchObject({ lang: 'en', headline: en.slides['abuse-law'].headline, languageName: 'English' });
    // The other slides stay in Polish.
    expect(displaySlides(multilingual, pass, t, has, false, () => false).find((s) => s.key === 'photos')?.lang).toBe('pl');
  });

  it('shows in the language once checked, or when the practice turns the setting off', () => {
    expect(law(displaySlides(multilingual, pass, t, has, false, () => true)).lang).toBe('pl');
    const off = settings({ languages: { default: 'en', shown: ['en', 'pl'] }, nationDetails: { lawSlideInEnglishUntilChecked: false } });
    expect(law(displaySlides(off, pass, t, has, false, () => false)).lang).toBe('pl');
  });

  it('in Wales mode shows the English once, not twice', () => {
    const wales = settings({ practice: { nation: 'wales' }, languages: { default: 'cy', shown: ['cy', 'en'], mode: 'wales' } });
    const slide = law(displaySlides(wales, { primary: 'cy', beside: 'en' }, t, has, true, () => false));
    expect(slide.lang).toBe('en');
    expect(slide.beside).toBeUndefined();
  });

  it('in the journey, for the patient’s language', () => {
    expect(law(builtInSlides(multilingual, t, { lang: 'pl', checked: () => false }))).toMatchObject({ lang: 'en', headline: en.slides['abuse-law'].headline });
  });
});
