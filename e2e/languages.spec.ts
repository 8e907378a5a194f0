// Every language on the display and in the patient journey: every slide and every journey
// screen fits at both kiosk orientations, carries the right lang and dir, is drawn in its bundled Noto font (not a system fallback), and nothing
// is fetched from outside the kiosk. Plus the pseudo-locale, the display modes, switching
// language in place and the fallback to English. One page per language; a fake clock steps the
// rotation from slide to slide (hidden slides are not laid out, so each is checked on screen).
import type { Page } from '@playwright/test';
import { test, expect, KIOSK_SIZES } from './support/fixtures.ts';
import { LANGUAGES, languageInfo } from '../main/common/languages.ts';
import { SLIDE_IDS } from '../main/common/slide-catalogue.ts';
import { fontsFor } from '../renderer/i18n/script-fonts.ts';
import { hasLocale, readLocale, type LocaleTree } from '../locales/locale-files.ts';
import { pseudoLocale } from './support/pseudo-locale.ts';
import { fontsUsedBy } from './support/fonts.ts';
import { layoutProblems } from './support/journey.ts';
import { linesOverflow, measureEach, tooWide } from './support/overflow.ts';

const SIZES = [KIOSK_SIZES[0], KIOSK_SIZES[1]];
// The longest slide leads, so each language's screenshot shows the hardest case (and its digits).
const SLIDES = ['abuse-law', ...SLIDE_IDS.filter((id) => id !== 'abuse-law')];
const PRACTICE = 'Threeways Surgery';
const DWELL = 5;
const english = readLocale('en');
const headlineOf = (tree: LocaleTree, id: string) => ((tree.slides as LocaleTree)[id] as LocaleTree).headline as string;

interface SlideReport {
  slide: string | null;
  lang: string | null;
  dir: string | null;
  headline: string;
  body: string;
  overflows: string[];
  outside: boolean;
  fit: number;
}

/** The slide on screen: its language, text and whether anything in it overflows or leaves the screen. */
async function activeSlideReport(page: Page): Promise<SlideReport> {
  const active = page.locator('kiosk-slide[active]');
  // .text clips: its lines must all end inside it and none be wider than it; headline and
  // sentence may not be wider than their own boxes either (the product's definitions, overflow.ts).
  const blocks = (await active.locator('.text').evaluateAll(measureEach)).filter((block) => linesOverflow(block.lines));
  const lines = (await active.locator('h2, p').evaluateAll(measureEach)).filter((line) => tooWide(line.lines));
  const slide = await active.evaluate((slide) => {
    const root = slide.shadowRoot!;
    const box = slide.getBoundingClientRect();
    return {
      slide: slide.getAttribute('data-slide'),
      lang: slide.getAttribute('lang'),
      dir: slide.getAttribute('dir'),
      headline: root.querySelector('h2')?.textContent ?? '',
      body: root.querySelector('p')?.textContent ?? '',
      outside: box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth,
      fit: (slide as unknown as { fitScale: number }).fitScale,
    };
  });
  return { ...slide, overflows: [...blocks, ...lines].map((part) => part.label) };
}

/** Requests that left the kiosk's own origin (there must be none). */
function watchOrigin(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  return foreign;
}

async function expectBundledFont(page: Page, code: string): Promise<void> {
  const family = fontsFor(code)[0]!.family;
  const active = page.locator('kiosk-slide[active]');
  for (const part of ['h2', 'p']) {
    // Fonts load on first use (font-display: swap), so allow a moment for the real face.
    await expect
      .poll(async () => (await fontsUsedBy(page, active.locator(part))).filter((f) => f.glyphCount > 0), { message: `${code} ${part} font`, timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.objectContaining({ familyName: expect.stringContaining(family), isCustomFont: true })]));
    const used = (await fontsUsedBy(page, active.locator(part))).filter((f) => f.glyphCount > 0);
    expect(used.filter((f) => !f.isCustomFont || !f.familyName.startsWith('Noto')), `${code} ${part} drawn only with bundled Noto fonts`).toEqual([]);
  }
}

// No fade, so a screenshot never catches two slides mid-transition.
test.use({ reducedMotion: 'reduce' });

const PSEUDO = 'pseudo';
const cases = [...LANGUAGES.map((l) => l.code as string), PSEUDO];

for (const code of cases) {
  // The pseudo-locale is served in place of French's text: same script, same font.
  const served = code === PSEUDO ? 'fr' : code;
  const info = languageInfo(served)!;
  const text = code === PSEUDO ? pseudoLocale() : hasLocale(code) ? readLocale(code) : undefined;

  test.describe(`${code} (${code === PSEUDO ? 'pseudo-locale' : info.english})`, () => {
    test.use({
      kioskSettings: {
        practice: { name: PRACTICE },
        // Every journey screen has something to show: a form and a contact route. (The language grid,
        // the same endonyms in every language, is checked with all 22 in journey.spec.ts.)
        links: { complaints: 'https://threeways.example.nhs.uk/complaints', contact: 'https://threeways.example.nhs.uk/contact' },
        complaintsContact: { phone: '01234 567890', address: '1 High Street, Threeways, TW1 1AA' },
        languages: { default: served, shown: [served] },
        display: { slides: SLIDES, dwellSeconds: DWELL },
        // Every translation is measured here, the law slide's too (not held back in English).
        nationDetails: { lawSlideInEnglishUntilChecked: false },
      },
    });

    test('every slide and journey screen fits, in the right language, direction and font, at both orientations', async ({ page, kiosk, pageProblems }, testInfo) => {
      // Twenty slides on screen, each measured, on a machine shared with other work.
      test.setTimeout(120_000);
      const foreign = watchOrigin(page, kiosk.url);
      if (code === PSEUDO) await page.route('**/api/locales/fr', (route) => route.fulfill({ json: text }));
      await page.setViewportSize(SIZES[0]!);
      await page.clock.install();
      await page.goto(kiosk.url);
      await expect(page.locator('kiosk-slide')).toHaveCount(SLIDES.length);
      await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('lang', text ? served : 'en');
      // Paused: each slide stays up until the test moves on, however long the checks take.
      await page.clock.pauseAt(Date.now() + 1000);

      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expectBundledFont(page, text ? served : 'en');
        const reports: SlideReport[] = [];
        // One full turn of the rotation, from wherever it is (a slow start may have moved it on).
        for (let step = 0; step < SLIDES.length; step++) {
          const r = await activeSlideReport(page);
          if (r.slide === SLIDES[0]) await page.screenshot({ path: testInfo.outputPath(`${code}-${size.width}x${size.height}.png`) });
          reports.push(r);
          await page.clock.runFor(DWELL * 1000);
          await expect(page.locator('kiosk-slide[active]')).not.toHaveAttribute('data-slide', r.slide!);
          const label = `${code} ${r.slide} at ${size.width}x${size.height}`;
          // Until a language's file exists its slides are English, and marked so.
          expect(r.lang, label).toBe(text ? served : 'en');
          expect(r.dir, label).toBe(text ? info.dir : 'ltr');
          expect(r.overflows, `${label}: overflowing parts (fit ${r.fit})`).toEqual([]);
          expect(r.outside, `${label}: inside the screen`).toBe(false);
          expect(r.headline.trim(), label).not.toBe('');
          expect(r.body, label).not.toMatch(/slides\.|\{\{|\}\}/);
          // Text from this language's file when it has one; English, never a key, when not.
          const expected = text ? headlineOf(text, r.slide!) : headlineOf(english, r.slide!);
          expect(r.headline, label).toBe(expected);
        }
        expect(reports.map((r) => r.slide).sort(), 'every slide checked').toEqual([...SLIDES].sort());
        testInfo.annotations.push({ type: 'fit', description: `${code} ${size.width}x${size.height} smallest fit ${Math.min(...reports.map((r) => r.fit))}` });
      }
      // The patient journey in this language: every screen fits, in the right language and direction.
      const menuTitle = ((text ?? english).menu as LocaleTree).title as string;
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.locator('invite-bar button.invite').click();
        const journey = page.locator('patient-journey');
        await expect(journey).toHaveAttribute('lang', text ? served : 'en');
        await expect(journey).toHaveAttribute('dir', text ? info.dir : 'ltr');
        await expect(page.getByRole('heading', { name: menuTitle })).toBeVisible();
        expect(await layoutProblems(page), `${code} menu at ${size.width}x${size.height}`).toEqual([]);
        if (size === SIZES[0]) {
          // The journey is drawn in the language's own face too (Urdu in Nastaliq, not Naskh).
          const family = fontsFor(text ? served : 'en')[0]!.family;
          const used = (await fontsUsedBy(page, page.locator('journey-menu h2'))).filter((f) => f.glyphCount > 0);
          expect(used.map((f) => f.familyName), `${code} menu title font`).toEqual(expect.arrayContaining([expect.stringContaining(family)]));
        }
        for (const screen of ['review', 'complaint', 'contact', 'rules']) {
          await page.locator(`journey-menu button[data-screen="${screen}"]`).click();
          await expect(journey).toHaveAttribute('screen', screen);
          await page.evaluate(() => document.fonts.ready);
          expect(await layoutProblems(page), `${code} ${screen} at ${size.width}x${size.height}`).toEqual([]);
          await page.keyboard.press('Escape');
        }
        await page.keyboard.press('Escape');
        await expect(page.locator('invite-bar button.invite')).toBeVisible();
      }
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
      expect(foreign).toEqual([]);
      // The only error allowed: the 404 for a language whose file does not exist yet.
      expect(pageProblems.consoleErrors.filter((e) => text || !e.includes('404'))).toEqual([]);
      expect(await pageProblems.cspViolations()).toEqual([]);
    });
  });
}
