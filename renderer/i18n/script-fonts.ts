// Which bundled font each language is set in. Pure data, shared by the page (font-loader.ts
// loads the CSS, language-styles.ts sets font-family per :lang()) and by the glyph-coverage test,
// which checks every character of every locale against these very fonts' character maps.

/** An installed @fontsource package. */
export type FontPackage =
  | 'noto-sans'
  | 'noto-sans-arabic'
  | 'noto-nastaliq-urdu'
  | 'noto-sans-gurmukhi'
  | 'noto-sans-bengali'
  | 'noto-sans-gujarati'
  | 'noto-sans-tamil'
  | 'noto-sans-sc'
  | 'noto-sans-tc';

export interface ScriptFont {
  readonly package: FontPackage;
  /** The font-family name the package's CSS declares. */
  readonly family: string;
  /**
   * Only this unicode-range subset is loaded (e.g. `arabic` -> arabic-400.css), so Latin words
   * inside the translation fall through to Noto Sans rather than the script font's own Latin
   * (Nastaliq's is a serif). Without it the package's whole 400.css/700.css is loaded: for
   * Chinese that is a hundred small slices, of which the browser fetches only those it draws.
   */
  readonly subset?: string;
}

/** The weights the page uses: body text and headlines. */
export const FONT_WEIGHTS = [400, 700] as const;

/** The package's stylesheets the page loads, one per weight, e.g. `arabic-700.css`. */
export function stylesheetsOf(font: ScriptFont): string[] {
  return FONT_WEIGHTS.map((weight) => (font.subset ? `${font.subset}-${weight}.css` : `${weight}.css`));
}

const FONTS = {
  latin: { package: 'noto-sans', family: 'Noto Sans' },
  arabic: { package: 'noto-sans-arabic', family: 'Noto Sans Arabic', subset: 'arabic' },
  nastaliq: { package: 'noto-nastaliq-urdu', family: 'Noto Nastaliq Urdu', subset: 'arabic' },
  gurmukhi: { package: 'noto-sans-gurmukhi', family: 'Noto Sans Gurmukhi', subset: 'gurmukhi' },
  bengali: { package: 'noto-sans-bengali', family: 'Noto Sans Bengali', subset: 'bengali' },
  gujarati: { package: 'noto-sans-gujarati', family: 'Noto Sans Gujarati', subset: 'gujarati' },
  tamil: { package: 'noto-sans-tamil', family: 'Noto Sans Tamil', subset: 'tamil' },
  sc: { package: 'noto-sans-sc', family: 'Noto Sans SC' },
  tc: { package: 'noto-sans-tc', family: 'Noto Sans TC' },
} as const satisfies Record<string, ScriptFont>;

/** Noto Sans covers Latin, Latin Extended, Cyrillic and Greek: every other language. */
export const BASE_FONT: ScriptFont = FONTS.latin;

const BY_LANGUAGE: Record<string, ScriptFont> = {
  ar: FONTS.arabic,
  fa: FONTS.arabic,
  ur: FONTS.nastaliq,
  pa: FONTS.gurmukhi,
  bn: FONTS.bengali,
  gu: FONTS.gujarati,
  ta: FONTS.tamil,
  'zh-Hans': FONTS.sc,
  'zh-Hant': FONTS.tc,
};

/**
 * The fonts a language's text is set in, in CSS fallback order: its script's font, then Noto
 * Sans (for Latin words such as "NHS" or a practice's name inside the translation).
 */
export function fontsFor(code: string): readonly ScriptFont[] {
  const own = BY_LANGUAGE[code];
  return own ? [own, BASE_FONT] : [BASE_FONT];
}

/** Every package the page may load, for the loader's exhaustive map. */
export const FONT_PACKAGES: readonly FontPackage[] = Object.values(FONTS).map((f) => f.package);
