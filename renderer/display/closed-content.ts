// What the closed screen says, in each language the display shows: closed, when it opens again,
// and where to get urgent help meanwhile (111/999 or the nation's line). Pure, so it is tested
// without a browser.
import type { Settings } from '../../main/common/settings-schema.ts';
import { WEEKDAYS } from '../../main/common/weekdays.ts';
import { languageInfo } from '../../main/common/languages.ts';
import type { HasText, Translate } from './slide-content.ts';
import { urgentCareLine } from '../journey/qr-screen-content.ts';

export interface ClosedText {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly closed: string;
  /** Empty when no opening is set in the coming week. */
  readonly reopens: string;
  readonly urgent: string;
}

/** The next opening after `at` (local time), within a week; undefined when none is set. */
export function nextOpening(hours: Settings['openingHours'], at: Date): Date | undefined {
  for (let days = 0; days <= 7; days++) {
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + days);
    const span = hours.week[WEEKDAYS[(day.getDay() + 6) % 7]!];
    if (!span) continue;
    const [h, m] = span.open.split(':').map(Number);
    const opens = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
    if (opens > at) return opens;
  }
  return undefined;
}

export function closedTexts(settings: Settings, at: Date, t: Translate, has: HasText): ClosedText[] {
  const { default: first, shown } = settings.languages;
  const languages = [...new Set([first, ...shown])].filter((lang) => lang === 'en' || has('urgent.both', lang));
  const opens = nextOpening(settings.openingHours, at);
  return languages.map((lang) => {
    const time = opens ? `${String(opens.getHours()).padStart(2, '0')}:${String(opens.getMinutes()).padStart(2, '0')}` : '';
    const sameDay = opens && opens.toDateString() === at.toDateString();
    const day = opens ? new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(opens) : '';
    const tl: Translate = (key, options) => t(key, { ...options, lng: lang });
    return {
      lang,
      dir: languageInfo(lang)?.dir ?? 'ltr',
      closed: tl('display.closed'),
      reopens: opens ? tl(sameDay ? 'display.reopensToday' : 'display.reopens', { day, time }) : '',
      urgent: urgentCareLine(settings, tl),
    };
  });
}
