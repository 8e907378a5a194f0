// The languages the kiosk can speak, each named in itself (patients choose by endonym, never by
// flag). Codes are BCP 47 and name the folder under locales/.

export interface LanguageInfo {
  readonly code: string;
  /** The language's name in itself. */
  readonly endonym: string;
  /** The English name, for staff screens. */
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { code: 'en', endonym: 'English', english: 'English', dir: 'ltr' },
  { code: 'cy', endonym: 'Cymraeg', english: 'Welsh', dir: 'ltr' },
  { code: 'pl', endonym: 'Polski', english: 'Polish', dir: 'ltr' },
  { code: 'ro', endonym: 'Română', english: 'Romanian', dir: 'ltr' },
  { code: 'pa', endonym: 'ਪੰਜਾਬੀ', english: 'Punjabi (Gurmukhi)', dir: 'ltr' },
  { code: 'ur', endonym: 'اردو', english: 'Urdu', dir: 'rtl' },
  { code: 'pt', endonym: 'Português', english: 'Portuguese', dir: 'ltr' },
  { code: 'es', endonym: 'Español', english: 'Spanish', dir: 'ltr' },
  { code: 'ar', endonym: 'العربية', english: 'Arabic', dir: 'rtl' },
  { code: 'bn', endonym: 'বাংলা', english: 'Bengali', dir: 'ltr' },
  { code: 'gu', endonym: 'ગુજરાતી', english: 'Gujarati', dir: 'ltr' },
  { code: 'it', endonym: 'Italiano', english: 'Italian', dir: 'ltr' },
  { code: 'zh-Hans', endonym: '简体中文', english: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'zh-Hant', endonym: '繁體中文', english: 'Chinese (Traditional)', dir: 'ltr' },
  { code: 'lt', endonym: 'Lietuvių', english: 'Lithuanian', dir: 'ltr' },
  { code: 'fr', endonym: 'Français', english: 'French', dir: 'ltr' },
  { code: 'ta', endonym: 'தமிழ்', english: 'Tamil', dir: 'ltr' },
  { code: 'tr', endonym: 'Türkçe', english: 'Turkish', dir: 'ltr' },
  { code: 'bg', endonym: 'Български', english: 'Bulgarian', dir: 'ltr' },
  { code: 'fa', endonym: 'فارسی', english: 'Farsi', dir: 'rtl' },
  { code: 'so', endonym: 'Soomaali', english: 'Somali', dir: 'ltr' },
  { code: 'uk', endonym: 'Українська', english: 'Ukrainian', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.code === code);
}
