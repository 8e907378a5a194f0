// Turns settings into the slides the display shows, in order, in one language (or a pair).
import type { Settings } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { SLIDE_PICTOGRAMS } from './pictograms.ts';
import type { DisplayPass } from './display-languages.ts';

/** A slide's words in one language, marked with it so the page sets its font and direction. */
export interface SlideText {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly headline: string;
  readonly body: string;
  /** The language's name in itself, shown small on the slide when the display is multilingual. */
  readonly languageName?: string;
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
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;
/** Whether a language's own file has a key (rather than falling back to English). */
export type HasText = (key: string, lang: string) => boolean;

export function builtInSlides(settings: Settings, t: Translate): SlideContent[] {
  const practice = settings.practice.name;
  return settings.display.slides.map((id) => ({
    key: id,
    pictogram: SLIDE_PICTOGRAMS[id],
    headline: t(`slides.${id}.headline`, { practice }),
    body: t(`slides.${id}.body`, { practice }),
  }));
}

/**
 * The display's slides for one pass: each in the pass's language, with the second language
 * beside it if there is one. `labelled` adds each language's endonym (when several rotate).
 */
export function displaySlides(settings: Settings, pass: DisplayPass, t: Translate, has: HasText, labelled: boolean): SlideContent[] {
  return settings.display.slides.map((id) => {
    const primary = slideText(settings, id, pass.primary, t, has, labelled);
    const beside = pass.beside ? slideText(settings, id, pass.beside, t, has, labelled) : undefined;
    return { key: id, pictogram: SLIDE_PICTOGRAMS[id], ...primary, ...(beside ? { beside } : {}) };
  });
}

function slideText(settings: Settings, id: string, wanted: string, t: Translate, has: HasText, labelled: boolean): SlideText {
  // A slide not yet translated shows in English, and is marked English: an English sentence
  // laid out right to left, or read aloud as Arabic, would be wrong twice over.
  const translated = has(`slides.${id}.headline`, wanted) && has(`slides.${id}.body`, wanted);
  const lang = translated ? wanted : 'en';
  const info = languageInfo(lang);
  const dir = info?.dir ?? 'ltr';
  // The practice's name is usually English: inside right-to-left text it is isolated (FSI...PDI)
  // so its words keep their order and the sentence's punctuation stays where it belongs.
  const practice = dir === 'rtl' ? `\u2068${settings.practice.name}\u2069` : settings.practice.name;
  return {
    lang,
    dir,
    headline: t(`slides.${id}.headline`, { practice, lng: lang }),
    body: t(`slides.${id}.body`, { practice, lng: lang }),
    ...(labelled && info ? { languageName: info.endonym } : {}),
  };
}
