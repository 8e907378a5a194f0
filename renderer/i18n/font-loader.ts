// Loads a script's font only when a language that needs it is first used. Each entry is a
// dynamic import of the stylesheets script-fonts.ts names (locales/glyph-coverage.test.ts holds them equal), so Vite emits it as its own stylesheet chunk (with its
// woff2 files beside it) and adds a same-origin <link> on first use. The CSS declares one
// @font-face per unicode-range slice, so the browser then fetches only the slices it draws:
// for Chinese a few of the hundred-odd files. Noto Sans itself is in tokens.css from the start.
import { fontsFor, type FontPackage } from './script-fonts.ts';

const FONT_CSS: Record<FontPackage, () => Promise<unknown>> = {
  'noto-sans': async () => {},
  'noto-sans-arabic': () => Promise.all([import('@fontsource/noto-sans-arabic/arabic-400.css'), import('@fontsource/noto-sans-arabic/arabic-700.css')]),
  'noto-nastaliq-urdu': () => Promise.all([import('@fontsource/noto-nastaliq-urdu/arabic-400.css'), import('@fontsource/noto-nastaliq-urdu/arabic-700.css')]),
  'noto-sans-gurmukhi': () => Promise.all([import('@fontsource/noto-sans-gurmukhi/gurmukhi-400.css'), import('@fontsource/noto-sans-gurmukhi/gurmukhi-700.css')]),
  'noto-sans-bengali': () => Promise.all([import('@fontsource/noto-sans-bengali/bengali-400.css'), import('@fontsource/noto-sans-bengali/bengali-700.css')]),
  'noto-sans-gujarati': () => Promise.all([import('@fontsource/noto-sans-gujarati/gujarati-400.css'), import('@fontsource/noto-sans-gujarati/gujarati-700.css')]),
  'noto-sans-tamil': () => Promise.all([import('@fontsource/noto-sans-tamil/tamil-400.css'), import('@fontsource/noto-sans-tamil/tamil-700.css')]),
  'noto-sans-sc': () => Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
  'noto-sans-tc': () => Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
};

const loading = new Map<FontPackage, Promise<unknown>>();

/** Adds the font CSS a language needs, once; resolves when the stylesheets are in. */
export function loadFontsFor(code: string): Promise<unknown> {
  return Promise.all(
    fontsFor(code).map((font) => {
      let pending = loading.get(font.package);
      if (!pending) {
        pending = FONT_CSS[font.package]();
        loading.set(font.package, pending);
      }
      return pending;
    }),
  );
}
