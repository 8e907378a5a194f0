// Which language(s) each pass of the display uses, from `settings.languages`. Pure, so the
// modes are tested without a browser.
//
// single:    one language per full cycle of the slides, then the next language. Calmer than
//            changing language on every slide: the script on screen changes once a cycle, not
//            every few seconds, and a patient who sees their language can read every rule in it.
// bilingual: English beside each other shown language, a full cycle with each in turn.
// wales:     Welsh first with English beside it, on every slide (Welsh Language Standards).
import type { Settings } from '../../main/common/settings-schema.ts';

export interface DisplayPass {
  /** The language each slide leads with. */
  readonly primary: string;
  /** The language shown beside it, if the mode pairs languages. */
  readonly beside?: string;
}

export function displayPasses(languages: Settings['languages']): DisplayPass[] {
  const shown = startingWith(languages.default, languages.shown);
  switch (languages.mode) {
    case 'wales':
      return [{ primary: 'cy', beside: 'en' }];
    case 'bilingual': {
      const others = shown.filter((code) => code !== 'en');
      return others.length === 0 ? [{ primary: 'en' }] : others.map((code) => ({ primary: 'en', beside: code }));
    }
    case 'single':
      return shown.map((code) => ({ primary: code }));
  }
}

/** Every language the display will use, for loading up front. */
export function languagesOf(passes: readonly DisplayPass[]): string[] {
  return [...new Set(passes.flatMap((p) => (p.beside ? [p.primary, p.beside] : [p.primary])))];
}

/** The rotation starts in the default language, then follows the shown order from there. */
function startingWith(first: string, shown: readonly string[]): string[] {
  const at = shown.indexOf(first);
  return at < 0 ? [first, ...shown] : [...shown.slice(at), ...shown.slice(0, at)];
}
