// Every character a patient can be shown has a real glyph in the bundled font chosen for its
// language: no boxes, and no silent fallback to a system font that the kiosk may not have.
// It reads what the browser would: the @font-face rules of each stylesheet the page loads
// (renderer/i18n/script-fonts.ts), each face's unicode-range, and that face's woff2 character map.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { LANGUAGES, languageInfo } from '../main/common/languages.ts';
import { FONT_PACKAGES, FONT_WEIGHTS, fontsFor, stylesheetsOf, type ScriptFont } from '../renderer/i18n/script-fonts.ts';
import { flattenLocale, hasLocale, readLocale, type LocaleTree } from './locale-files.ts';
import { pseudoLocale } from '../e2e/support/pseudo-locale.ts';

const FONTSOURCE = fileURLToPath(new URL('../node_modules/@fontsource/', import.meta.url));

/**
 * Characters that need no glyph: Unicode's default-ignorable format controls. Text shaping
 * never draws them, whatever the font holds. ZWNJ/ZWJ steer Persian and Urdu joining, the
 * bidi marks and isolates (the page wraps a practice's name in FSI...PDI inside right-to-left
 * text) steer direction, and the soft hyphen shows only where a line breaks.
 */
const NO_GLYPH_NEEDED = new Set([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0x00ad]);

interface Face {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

const faces = new Map<string, Face[]>();
function facesOf(font: ScriptFont, weight: number): Face[] {
  const key = `${font.package}/${weight}`;
  if (!faces.has(key)) faces.set(key, readFaces(font, weight));
  return faces.get(key)!;
}

function readFaces(font: ScriptFont, weight: number): Face[] {
  const dir = `${FONTSOURCE}${font.package}/`;
  const sheet = stylesheetsOf(font)[FONT_WEIGHTS.indexOf(weight as (typeof FONT_WEIGHTS)[number])]!;
  const css = readFileSync(`${dir}${sheet}`, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body!)?.[1];
    if (!file) throw new Error(`no woff2 in a @font-face of ${font.package}/${weight}.css`);
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    const ranges = range
      ? range.split(',').map((r) => {
          const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
        })
      : [[0, 0x10ffff] as const];
    return { file: `${dir}${file}`, ranges };
  });
}

const cmaps = new Map<string, fontkit.Font>();
function fontFile(file: string): fontkit.Font {
  let font = cmaps.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(file)) as fontkit.Font;
    cmaps.set(file, font);
  }
  return font;
}

/** Whether the browser would find a real glyph for `cp` in this stack at this weight. */
function covered(stack: readonly ScriptFont[], weight: number, cp: number): boolean {
  return stack.some((font) =>
    facesOf(font, weight).some((face) => face.ranges.some(([a, b]) => cp >= a && cp <= b) && fontFile(face.file).hasGlyphForCodePoint(cp)),
  );
}

function charactersOf(tree: LocaleTree, endonym: string | undefined): Set<number> {
  const text = [...flattenLocale(tree).values()].filter((v): v is string => typeof v === 'string');
  if (endonym) text.push(endonym);
  const chars = new Set<number>();
  // Placeholder names are replaced before display, so their letters are never shown.
  for (const s of text) for (const ch of s.replace(/\{\{[^}]*\}\}/g, '')) chars.add(ch.codePointAt(0)!);
  return chars;
}

/** Characters of `chars` without a glyph in `code`'s fonts, as "U+XXXX 'x' (weight)". */
function missingGlyphs(code: string, chars: Set<number>): string[] {
  const stack = fontsFor(code);
  const missing: string[] = [];
  for (const cp of chars) {
    if (/\s/u.test(String.fromCodePoint(cp)) || NO_GLYPH_NEEDED.has(cp)) continue;
    for (const weight of FONT_WEIGHTS) {
      if (!covered(stack, weight, cp)) missing.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}' (${weight})`);
    }
  }
  return missing;
}

describe('glyph coverage', () => {
  const withText = LANGUAGES.filter((l) => hasLocale(l.code));

  it.each(withText.map((l) => [l.code, l.english, fontsFor(l.code)[0]!.family]))('every character of %s (%s) is in %s', (code) => {
    expect(missingGlyphs(code, charactersOf(readLocale(code), languageInfo(code)?.endonym))).toEqual([]);
  }, 60_000); // Chinese touches dozens of the CJK fonts' slices, each a woff2 to decompress

  it.each(LANGUAGES.filter((l) => !hasLocale(l.code)).map((l) => [l.code, l.endonym]))('the endonym of %s (%s) is in its font', (code, endonym) => {
    expect(missingGlyphs(code, charactersOf({}, endonym))).toEqual([]);
  });

  it('every character of the pseudo-locale is in Noto Sans', () => {
    expect(missingGlyphs('en', charactersOf(pseudoLocale(), undefined))).toEqual([]);
  });

  it('finds a character that a font lacks', () => {
    // Arabic alef is drawn by the Urdu stack but not by Noto Sans alone; Tibetan by neither.
    expect(missingGlyphs('ur', new Set([0x0627]))).toEqual([]);
    expect(missingGlyphs('en', new Set([0x0627]))).toEqual(["U+0627 'ا' (400)", "U+0627 'ا' (700)"]);
    expect(missingGlyphs('ur', new Set([0x0f40]))).toHaveLength(2);
  });
});

// Vite needs literal import() specifiers, so the page's font loader spells out each stylesheet;
// this holds it equal to the data checked above, so the page loads what was checked.
describe('the page’s font loader', () => {
  const source = readFileSync(new URL('../renderer/i18n/font-loader.ts', import.meta.url), 'utf8');
  const imported = [...source.matchAll(/import\('@fontsource\/([^']+)'\)/g)].map((m) => m[1]).sort();

  it('imports exactly the stylesheets script-fonts.ts names for every script font', () => {
    const scriptFonts = LANGUAGES.map((l) => fontsFor(l.code)[0]!);
    const expected = FONT_PACKAGES.filter((p) => p !== 'noto-sans')
      .flatMap((pkg) => stylesheetsOf(scriptFonts.find((f) => f.package === pkg)!).map((sheet) => `${pkg}/${sheet}`))
      .sort();
    expect(imported).toEqual(expected);
  });
});
