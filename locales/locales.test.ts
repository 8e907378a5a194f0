// Every translation is complete and safe to show: the same keys as English (plural forms
// aside), no empty strings, the same {{placeholders}}, no markup, and a review status.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../main/common/languages.ts';
import { flattenLocale, hasLocale, placeholders, readLocale, type LocaleTree } from './locale-files.ts';
import { pseudoLocale } from '../e2e/support/pseudo-locale.ts';

const english = flattenLocale(readLocale('en'));
const translations = LANGUAGES.filter((l) => l.code !== 'en');
const present = translations.filter((l) => hasLocale(l.code));
const STATUSES = ['source', 'draft', 'reviewed'];
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
// Markup or entities: i18next output is rendered as text, so any of these would show literally.
const MARKUP = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;
// A law is named with its year ("Communications Act 2003"); a line break between them strands
// the year, worst inside right-to-left text, so the two are joined by a no-break space.
const LAW_YEAR_BREAK = /\bAct[ \t]+\d{4}\b/;

/** Problems with one locale, as readable lines (empty when it is sound). */
function problemsOf(code: string, tree: LocaleTree): string[] {
  const problems: string[] = [];
  const strings = flattenLocale(tree);
  const pluralCategories = new Set<string>(new Intl.PluralRules(code).resolvedOptions().pluralCategories);
  for (const key of english.keys()) if (!strings.has(key)) problems.push(`missing ${key}`);
  for (const [key, value] of strings) {
    const plural = PLURAL.exec(key);
    const base = english.has(key) ? key : plural?.[1];
    const source = base === undefined ? undefined : english.get(base);
    if (typeof source !== 'string') {
      problems.push(`extra key ${key}`);
      continue;
    }
    if (base !== key && !(placeholders(source).includes('count') && pluralCategories.has(plural![2]!))) {
      problems.push(`plural form ${key} that ${code} does not use, or of a string without {{count}}`);
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`empty ${key}`);
      continue;
    }
    if (placeholders(value).join() !== placeholders(source).join()) {
      problems.push(`${key} has placeholders [${placeholders(value).join()}], English has [${placeholders(source).join()}]`);
    }
    if (MARKUP.test(value)) problems.push(`${key} contains markup: ${value}`);
    if (LAW_YEAR_BREAK.test(value)) problems.push(`${key} can break a law's name from its year: use a no-break space in "Act\\u00a0<year>"`);
  }
  const meta = tree._meta;
  const status = meta && typeof meta === 'object' ? meta.status : undefined;
  if (typeof status !== 'string' || !STATUSES.includes(status)) problems.push(`_meta.status must be one of ${STATUSES.join(', ')}`);
  return problems;
}

describe('locales', () => {
  it('English, the source, is sound', () => {
    expect(problemsOf('en', readLocale('en'))).toEqual([]);
  });

  it('every language the kiosk offers has a locale folder', () => {
    expect(translations.filter((l) => !hasLocale(l.code)).map((l) => `${l.code} (${l.english})`), 'languages without locales/<code>/kiosk.json').toEqual([]);
  });

  it.each(present.map((l) => [l.code, l.english]))('%s (%s) has every key, no empty string, the same placeholders and no markup', (code) => {
    expect(problemsOf(code, readLocale(code))).toEqual([]);
  });

  it('a draft names who may correct it; a reviewed file names its reviewer', () => {
    const wrong = present.flatMap(({ code }) => {
      const meta = readLocale(code)._meta as Record<string, unknown> | undefined;
      if (meta?.status === 'reviewed' && !(typeof meta.reviewedBy === 'string' && meta.reviewedBy.trim())) return [`${code}: reviewed but no reviewedBy`];
      if (meta?.status === 'draft' && typeof meta.howToCorrect !== 'string') return [`${code}: draft without howToCorrect`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('the checks catch what they should', () => {
    const broken = structuredClone(readLocale('en'));
    const slides = broken.slides as LocaleTree;
    (slides.intro as LocaleTree).body = 'Hello <b>there</b>';
    (slides.reviews as LocaleTree).body = 'No placeholder here';
    (slides.photos as LocaleTree).headline = ' ';
    delete (slides.devices as LocaleTree).body;
    (broken.menu as LocaleTree).surprise = 'Extra';
    (broken.idle as LocaleTree).text_few = 'Zostało {{count}} sekundy';
    (broken.menu as LocaleTree).title = 'Under the Communications Act 2003';
    delete broken._meta;
    expect(problemsOf('en', broken)).toEqual([
      'missing slides.devices.body',
      'slides.intro.body has placeholders [], English has [practice]',
      'slides.intro.body contains markup: Hello <b>there</b>',
      'empty slides.photos.headline',
      'slides.reviews.body has placeholders [], English has [practice]',
      'menu.title can break a law\'s name from its year: use a no-break space in "Act\\u00a0<year>"',
      'extra key menu.surprise',
      'plural form idle.text_few that en does not use, or of a string without {{count}}',
      '_meta.status must be one of source, draft, reviewed',
    ]);
    // Polish does have a "few" form, so the same key is right there.
    expect(problemsOf('pl', { ...readLocale('en'), idle: { ...(readLocale('en').idle as LocaleTree), text_few: 'Zostały {{count}} sekundy' } })).toEqual([]);
  });

  it('the pseudo-locale used by the end-to-end tests is complete and about 40% longer', () => {
    const pseudo = pseudoLocale();
    expect(problemsOf('en', pseudo)).toEqual([]);
    const length = (tree: LocaleTree) => [...flattenLocale(tree).values()].join('').length;
    expect(length(pseudo) / length(readLocale('en'))).toBeGreaterThan(1.35);
  });
});
