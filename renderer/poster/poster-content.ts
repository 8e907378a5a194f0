// What a printed poster says, worked out from the settings in one language (or one beside
// English). It reuses the screens' own content functions (displaySlides for the rules and the
// law line, reviewContent/complaintContent for the two codes), so the paper always says what the
// kiosk says and follows every change to that text. Pure, so it is tested without a browser.
import type { Settings } from '../../main/common/settings-schema.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { displaySlides, type HasText, type SlideContent, type Translate } from '../display/slide-content.ts';
import { complaintContent, reviewContent, type QrScreenContent } from '../journey/qr-screen-content.ts';
import { isHttpsUrl } from '../../main/common/https-url.ts';
import type { PosterRequest } from './poster-request.ts';

/** One of the two codes: the screen's heading, the address, and what to do, in one language. */
export interface PosterCode {
  readonly id: 'review' | 'complaint';
  readonly url: string;
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface PosterLanguageText {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  /** How to use a code, as on the QR screens. */
  readonly scan: string;
  readonly codes: readonly PosterCode[];
  /** The complaints route by nation (commissioner, ombudsman), and the practice's own details. */
  readonly complaintNotes: readonly string[];
}

export interface PosterContent {
  readonly practice: string;
  /** The rules, each with the second language beside it when asked. */
  readonly rules: readonly SlideContent[];
  readonly primary: PosterLanguageText;
  readonly beside?: PosterLanguageText;
}

/**
 * The poster's content. `t` must already have the language loaded; `has` says whether a
 * language's own file holds a key (text that fell back to English is marked English).
 */
export function posterContent(settings: Settings, request: PosterRequest, t: Translate, has: HasText): PosterContent {
  const pass = request.besideEnglish ? { primary: request.lang, beside: 'en' } : { primary: request.lang };
  const rules = displaySlides(settings, pass, t, has, false);
  return {
    practice: settings.practice.name,
    rules,
    primary: languageText(settings, request.lang, t, has),
    ...(pass.beside ? { beside: languageText(settings, pass.beside, t, has) } : {}),
  };
}

function languageText(settings: Settings, wanted: string, t: Translate, has: HasText): PosterLanguageText {
  const translated = has('rules.title', wanted) && has('complaint.title', wanted);
  const lang = translated ? wanted : 'en';
  const tl: Translate = (key, options) => t(key, { ...options, lng: lang });
  const codes = [codeOf(reviewContent(settings, tl)), codeOf(complaintContent(settings, tl))].filter((c): c is PosterCode => c !== undefined);
  const complaint = complaintContent(settings, tl);
  return {
    lang,
    dir: languageInfo(lang)?.dir ?? 'ltr',
    title: tl('rules.title'),
    scan: tl('qr.scan'),
    codes,
    complaintNotes: [...complaint.paragraphs, ...(complaint.url ? [] : [complaint.lead]), ...complaint.details.map((d) => `${d.label}: ${d.value}`)],
  };
}

function codeOf(content: QrScreenContent | undefined): PosterCode | undefined {
  // No review route in this nation (Wales by default): the poster shows no review code.
  if (!content) return undefined;
  // Checked here as on screen: a bad address never becomes a code.
  if (!content.url || !isHttpsUrl(content.url)) return undefined;
  // The leaflet says what happens next: for a review, what the NHS website does with it; for a
  // complaint, the form (the routes by nation follow in the notes).
  const lines = content.id === 'review' ? content.paragraphs : [content.lead];
  return { id: content.id as 'review' | 'complaint', url: content.url, heading: content.heading, lines };
}
