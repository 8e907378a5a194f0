// Before a save: is there text that would not fit its slide? Lays every slide the settings
// put words into (the built-in ones naming the practice, and each notice in each of its
// languages) out offscreen in real slide previews, and names those that overflow even at the
// smallest text size. Measuring the real component means the check cannot drift from the display.
import type { Settings } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { i18n } from '../i18n/i18n.ts';
import { builtInSlides } from '../display/slide-content.ts';
import { NOTICE_PICTOGRAM } from '../display/pictograms.ts';
import type { SlidePreview } from './slide-preview.ts';
import './slide-preview.ts';

interface SlideText {
  readonly label: string;
  readonly headline: string;
  readonly body: string;
  readonly pictogram: string;
}

export function slideTexts(settings: Settings): SlideText[] {
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options, lng: 'en' });
  const builtIn = builtInSlides(settings, t)
    // Only the slides that carry a setting can change length.
    .filter((s) => s.key === 'intro' || s.key === 'reviews')
    .map((s) => ({ label: `“${s.headline}”`, headline: s.headline, body: s.body, pictogram: s.pictogram }));
  const notices = settings.notices.flatMap((notice) => [
    { label: `The notice “${notice.title}”`, headline: notice.title, body: notice.body, pictogram: NOTICE_PICTOGRAM },
    ...Object.entries(notice.translations).map(([code, words]) => ({
      label: `The ${languageInfo(code)?.english ?? code} words of the notice “${notice.title}”`,
      headline: words?.title ?? '',
      body: words?.body ?? '',
      pictogram: NOTICE_PICTOGRAM,
    })),
  ]);
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
      Object.assign(preview, { practiceName: settings.practice.name, headline: text.headline, body: text.body, pictogram: text.pictogram });
      stage.append(preview);
      return preview;
    });
    const results = await Promise.all(previews.map((p) => p.measured()));
    return texts.filter((_, i) => results[i]).map((t) => t.label);
  } finally {
    stage.remove();
  }
}
