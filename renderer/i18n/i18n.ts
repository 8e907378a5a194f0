// i18next for the page. English is bundled (it is the fallback for every key); every other
// language is its own chunk, fetched from the kiosk's own origin the first time it is needed.
import i18next, { type i18n as I18n } from 'i18next';
import en from '../../locales/en/kiosk.json';
import { languageInfo } from '../../main/common/languages.ts';

type Resources = Record<string, unknown>;

const loaders = import.meta.glob<Resources>(['../../locales/*/kiosk.json', '!../../locales/en/kiosk.json'], { import: 'default' });

function loaderFor(code: string): (() => Promise<Resources>) | undefined {
  return loaders[`../../locales/${code}/kiosk.json`];
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
      read(language: string, _namespace: string, callback: (error: unknown, data: Resources | false) => void) {
        const load = loaderFor(language);
        if (!load) return callback(null, false);
        load().then(
          (data) => callback(null, data),
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
}

/** Loads a language if needed, without changing the one on screen. */
export async function loadLanguage(code: string): Promise<void> {
  if (code !== 'en' && !i18n.hasResourceBundle(code, 'kiosk')) await i18n.loadLanguages(code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languageInfo(code)?.dir ?? 'ltr';
}
