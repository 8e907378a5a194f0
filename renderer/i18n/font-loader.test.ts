import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_PACKAGES, fontsFor, stylesheetsOf } from './script-fonts.ts';

// Vite needs literal import() specifiers, so the loader spells out each stylesheet; this keeps
// it equal to the data the glyph-coverage test checks.
describe('font loader', () => {
  const source = readFileSync(new URL('./font-loader.ts', import.meta.url), 'utf8');
  const imported = [...source.matchAll(/import\('@fontsource\/([^']+)'\)/g)].map((m) => m[1]).sort();

  it('imports exactly the stylesheets script-fonts.ts names for every script font', () => {
    const expected = FONT_PACKAGES.filter((p) => p !== 'noto-sans')
      .flatMap((pkg) => {
        const font = ['ar', 'ur', 'pa', 'bn', 'gu', 'ta', 'zh-Hans', 'zh-Hant'].map((code) => fontsFor(code)[0]!).find((f) => f.package === pkg)!;
        return stylesheetsOf(font).map((sheet) => `${pkg}/${sheet}`);
      })
      .sort();
    expect(imported).toEqual(expected);
  });

  it('every imported stylesheet exists', () => {
    for (const path of imported) expect(() => readFileSync(new URL(`../../node_modules/@fontsource/${path}`, import.meta.url)), path).not.toThrow();
  });
});
