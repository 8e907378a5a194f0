// i18next for the page. English is bundled (it is the fallback for every key); every other
// language is fetched from the kiosk's own API (/api/locales/<code>, read from locales/ by the
// host) the first time it is needed, together with its script's font.
import i18next, { type i18n as I18n } from 'i18next';
import en from '../../locales/en/kiosk.json';
import { languageInfo } from '../../main/common/languages.ts';
import type { LocaleText } from '../../main/common/api-contract.ts';
import { loadFontsFor } from './font-loader.ts';

async function fetchLocale(code: string): Promise<LocaleText> {
  const response = await fetch(`./api/locales/${encodeURIComponent(code)}`);
  // No usable translation (not written yet, or broken on disk): English stands in, key by key.
  if (response.status === 404) return {};
  if (!response.ok) throw new Error(`HTTP ${response.status} for the ${code} translation`);
  return (await response.json()) as LocaleText;
}

export const i18n: I18n = i18next.createInstance();

let initialised: Promise<unknown> | undefined;

/** Sets i18next up once; every later call gets the same promise. */
export function initI18n(): Promise<unknown> {
  initialised ??= start();
  return initialised;
}

async function start(): Promise<void> {
  await i18n
    .use({
      type: 'backend',
      read(language: string, _namespace: string, callback: (error: unknown, data: LocaleText | false) => void) {
        if (!languageInfo(language)) return callback(null, false);
        Promise.all([fetchLocale(language), loadFontsFor(language)]).then(
          ([data]) => callback(null, data),
          (error: unknown) => callback(error, false),
        );
      },
    })
    .init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: false,
      load: 'currentOnly',
      ns: ['kiosk'],
      defaultNS: 'kiosk',
      resources: { en: { kiosk: en } },
      partialBundledLanguages: true,
      // Lit escapes everything it renders; escaping here too would show &amp; to patients.
      interpolation: { escapeValue: false },
      returnNull: false,
      returnEmptyString: false,
      // A patient must never see a raw key. English is complete (tested), so this is the last net.
      parseMissingKeyHandler: () => '',
    });
  // The page's own language follows the patient's choice, for screen readers and :lang() fonts.
  i18n.on('languageChanged', (code) => {
    document.documentElement.lang = code;
    document.documentElement.dir = directionOf(code);
  });
}

/** Loads a language if needed, without changing the one on screen. */
export async function loadLanguage(code: string): Promise<void> {
  if (code !== 'en' && !i18n.hasResourceBundle(code, 'kiosk')) await i18n.loadLanguages(code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languageInfo(code)?.dir ?? 'ltr';
}

/** Whether a qualified translator checked `key` in `lang` against today's English (`_checked`). */
export function isChecked(key: string, lang: string): boolean {
  const checked: unknown = i18n.getResource(lang, 'kiosk', '_checked');
  return Array.isArray(checked) && checked.includes(key);
}
