import { describe, expect, it } from 'vitest';
import { displayPasses, languagesOf } from './display-languages.ts';
import type { Settings } from '../../main/common/settings-schema.ts';

const languages = (l: Partial<Settings['languages']>): Settings['languages'] => ({ default: 'en', shown: ['en'], mode: 'single', ...l });

describe('display passes', () => {
  it('single: one language per pass, starting with the default and keeping the shown order', () => {
    expect(displayPasses(languages({ default: 'pl', shown: ['en', 'pl', 'ur'] }))).toEqual([{ primary: 'pl' }, { primary: 'ur' }, { primary: 'en' }]);
  });

  it('single: a default that is not shown still comes first', () => {
    expect(displayPasses(languages({ default: 'cy', shown: ['en', 'ar'] }))).toEqual([{ primary: 'cy' }, { primary: 'en' }, { primary: 'ar' }]);
  });

  it('bilingual: English beside each other shown language in turn', () => {
    expect(displayPasses(languages({ mode: 'bilingual', shown: ['en', 'pl', 'ar'] }))).toEqual([
      { primary: 'en', beside: 'pl' },
      { primary: 'en', beside: 'ar' },
    ]);
  });

  it('bilingual with English alone is just English', () => {
    expect(displayPasses(languages({ mode: 'bilingual', shown: ['en'] }))).toEqual([{ primary: 'en' }]);
  });

  it('wales: Welsh first with English beside it, whatever else is shown', () => {
    expect(displayPasses(languages({ mode: 'wales', default: 'cy', shown: ['cy', 'en', 'pl'] }))).toEqual([{ primary: 'cy', beside: 'en' }]);
  });

  it('lists every language the passes use, once', () => {
    expect(languagesOf([{ primary: 'en', beside: 'pl' }, { primary: 'en', beside: 'ar' }])).toEqual(['en', 'pl', 'ar']);
  });
});
