// Turns settings into the slides the display shows, in order, in one language (or a pair).
import type { Settings } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { SLIDE_PICTOGRAMS } from './pictograms.ts';
import type { DisplayPass } from './display-languages.ts';
import { lawsLine, reviewRoute } from '../../main/common/nation-preset.ts';
import type { SlideId } from '../../main/common/slide-catalogue.ts';

/** A slide's words in one language, marked with it so the page sets its font and direction. */
export interface SlideText {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly headline: string;
  readonly body: string;
  /** The language's name in itself, shown small on the slide when the display is multilingual. */
  readonly languageName?: string;
  /** A smaller line under the body, always English (the laws' official names). */
  readonly note?: string;
}

export interface SlideContent {
  /** Stable across settings changes and languages: the rotation follows it. */
  readonly key: string;
  readonly pictogram: string;
  /** A small line above the headline, e.g. "Practice notice". */
  readonly label?: string;
  readonly headline: string;
  readonly body: string;
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** The endonym of `lang`, shown small on the slide when the display is multilingual. */
  readonly languageName?: string;
  /** The same slide in a second language, shown beside the first (bilingual and Wales modes). */
  readonly beside?: SlideText;
  /** A smaller line under the body, always English (the laws' official names). */
  readonly note?: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;
/** Whether a language's own file has a key (rather than falling back to English). */
export type HasText = (key: string, lang: string) => boolean;

/**
 * Where a slide's words live. The reviews slide follows the nation's review route, so a practice
 * outside England never tells patients to use the NHS website.
 */
export function slideTextKey(settings: Settings, id: SlideId): string {
  if (id !== 'reviews') return `slides.${id}`;
  const site = reviewRoute(settings).site;
  if (site === 'care-opinion') return 'reviewSlide.careOpinion';
  if (site === 'practice') return 'reviewSlide.practice';
  if (site === 'none') return 'reviewSlide.none';
  return 'slides.reviews';
}

/** The laws named under the law slide (English, editable in settings). */
function noteOf(settings: Settings, id: SlideId): { note?: string } {
  return id === 'abuse-law' ? { note: lawsLine(settings) } : {};
}

export function builtInSlides(settings: Settings, t: Translate, shownIn?: { readonly lang: string; readonly checked: HasText }): SlideContent[] {
  const practice = settings.practice.name;
  return settings.display.slides.map((id) => {
    const key = slideTextKey(settings, id);
    // In the journey the language is the patient's: legal text it has not had checked shows in English.
    const lng = shownIn && !lawSlideMayShowIn(settings, id, shownIn.lang, shownIn.checked) ? 'en' : undefined;
    return {
      key: id,
      pictogram: SLIDE_PICTOGRAMS[id],
      headline: t(`${key}.headline`, { practice, ...(lng ? { lng } : {}) }),
      body: t(`${key}.body`, { practice, ...(lng ? { lng } : {}) }),
      ...(lng ? { lang: 'en', dir: 'ltr' as const, languageName: languageInfo('en')?.endonym ?? 'English' } : {}),
      ...noteOf(settings, id),
    };
  });
}

/**
 * Whether the law slide may show in `lang`: always in English; otherwise, while the setting is
 * on (the default), only once a qualified translator checked that language's text of it.
 */
export function lawSlideMayShowIn(settings: Settings, id: SlideId, lang: string, checked: HasText): boolean {
  if (id !== 'abuse-law' || lang === 'en' || !settings.nationDetails.lawSlideInEnglishUntilChecked) return true;
  return checked('slides.abuse-law.headline', lang) && checked('slides.abuse-law.body', lang);
}

/**
 * The display's slides for one pass: each in the pass's language, with the second language
 * beside it if there is one. `labelled` adds each language's endonym (when several rotate).
 * `checked` says which keys a translator checked (for the law slide).
 */
export function displaySlides(settings: Settings, pass: DisplayPass, t: Translate, has: HasText, labelled: boolean, checked: HasText = () => false): SlideContent[] {
  return settings.display.slides.map((id) => {
    const primary = slideText(settings, id, pass.primary, t, has, labelled, checked);
    let beside = pass.beside ? slideText(settings, id, pass.beside, t, has, labelled, checked) : undefined;
    // Both blocks in English (the law slide held back in Welsh, say): show it once.
    if (beside && beside.lang === primary.lang) beside = undefined;
    return { key: id, pictogram: SLIDE_PICTOGRAMS[id], ...primary, ...(beside ? { beside } : {}), ...noteOf(settings, id) };
  });
}

function slideText(settings: Settings, id: SlideId, wanted: string, t: Translate, has: HasText, labelled: boolean, checked: HasText): SlideText {
  const key = slideTextKey(settings, id);
  // A slide not yet translated shows in English, and is marked English: an English sentence
  // laid out right to left, or read aloud as Arabic, would be wrong twice over. The law slide
  // also waits for a translator's check (legal text is never shown as an unchecked draft).
  const translated = has(`${key}.headline`, wanted) && has(`${key}.body`, wanted) && lawSlideMayShowIn(settings, id, wanted, checked);
  const lang = translated ? wanted : 'en';
  const info = languageInfo(lang);
  const dir = info?.dir ?? 'ltr';
  // The practice's name is usually English: inside right-to-left text it is isolated (FSI...PDI)
  // so its words keep their order and the sentence's punctuation stays where it belongs.
  const practice = dir === 'rtl' ? `\u2068${settings.practice.name}\u2069` : settings.practice.name;
  // Held back in English on a display that shows another language: say it is English.
  const label = labelled || (lang !== wanted && id === 'abuse-law');
  return {
    lang,
    dir,
    headline: t(`${key}.headline`, { practice, lng: lang }),
    body: t(`${key}.body`, { practice, lng: lang }),
    ...(label && info ? { languageName: info.endonym } : {}),
  };
}
