// Before a save: is there text that would not fit its slide? Lays every slide the settings
// put words into (the built-in ones naming the practice, and each notice in each of its
// languages) out offscreen in real slide previews, and names those that overflow even at the
// smallest text size. Measuring the real component means the check cannot drift from the display.
import type { Notice, Settings } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { i18n } from '../i18n/i18n.ts';
import { builtInSlides } from '../display/slide-content.ts';
import { noticeSlides } from '../display/notice-slides.ts';
import type { SlidePreview } from './slide-preview.ts';
import './slide-preview.ts';

interface SlideText {
  /** Names the slide for staff in the "too long" message. */
  readonly label: string;
  /** The small line above the headline on the slide itself. */
  readonly slideLabel: string;
  readonly headline: string;
  readonly body: string;
  readonly pictogram: string;
  /** The language of the words, so they are measured in their script's font. */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
}

export function slideTexts(settings: Settings): SlideText[] {
  const translate = (lng: string) => (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options, lng });
  const t = translate('en');
  const builtIn = builtInSlides(settings, t)
    // Only the slides that carry a setting can change length.
    .filter((s) => s.key === 'intro' || s.key === 'reviews')
    .map((s) => ({ label: `“${s.headline}”`, slideLabel: '', headline: s.headline, body: s.body, pictogram: s.pictogram }));
  // Each notice as the display builds it, in English and in every language it is translated into.
  const languages = ['en', ...new Set(settings.notices.flatMap((n) => Object.keys(n.translations)))];
  const notices = languages.flatMap((code) =>
    noticeSlides(settings.notices, code, translate(code))
      .filter((_, i) => code === 'en' || settings.notices[i]!.translations[code as keyof Notice['translations']])
      .map((slide) => ({
        label: code === 'en' ? `The notice “${slide.headline}”` : `The ${languageInfo(code)?.english ?? code} words of a notice (“${slide.headline}”)`,
        slideLabel: slide.label ?? '',
        headline: slide.headline,
        body: slide.body,
        pictogram: slide.pictogram,
        lang: slide.lang,
        dir: slide.dir,
      })),
  );
  return [...builtIn, ...notices];
}

/** The labels of the slides whose text does not fit. */
export async function findTextThatDoesNotFit(settings: Settings): Promise<string[]> {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  Object.assign(stage.style, { position: 'fixed', left: '-20000px', top: '0', visibility: 'hidden', pointerEvents: 'none' });
  document.body.append(stage);
  try {
    const texts = slideTexts(settings);
    const previews = texts.map((text) => {
      const preview = document.createElement('slide-preview') as SlidePreview;
      Object.assign(preview, { practiceName: settings.practice.name, label: text.slideLabel, headline: text.headline, body: text.body, pictogram: text.pictogram, slideLang: text.lang, slideDir: text.dir });
      stage.append(preview);
      return preview;
    });
    const results = await Promise.all(previews.map((p) => p.measured()));
    return texts.filter((_, i) => results[i]).map((t) => t.label);
  } finally {
    stage.remove();
  }
}
