// The practice's own notices as slides, after the built-in ones: in the patient's language when
// staff gave a translation, else in English as typed. Staff text is rendered as text by Lit.
import type { Notice } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { NOTICE_PICTOGRAM } from './pictograms.ts';
import type { SlideContent, Translate } from './slide-content.ts';

export function noticeSlides(notices: readonly Notice[], language: string, t: Translate): SlideContent[] {
  return notices.map((notice) => {
    const translated = (notice.translations as Record<string, { title: string; body: string } | undefined>)[language];
    const useTranslation = translated !== undefined && translated.title.trim() !== '';
    const lang = useTranslation ? language : 'en';
    return {
      key: `notice:${notice.id}`,
      pictogram: NOTICE_PICTOGRAM,
      // Marked with the language it is actually in, so its font and direction are right.
      lang,
      dir: languageInfo(lang)?.dir ?? 'ltr',
      label: t('display.notice', { lng: lang }),
      headline: useTranslation ? translated.title : notice.title,
      body: useTranslation ? translated.body : notice.body,
    };
  });
}
