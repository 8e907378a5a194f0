// The display's language machinery in Chromium on the real host: the three modes, the endonym
// label, switching language in place when settings change, English standing in for a missing
// key, and loading only the languages and fonts in use. Text comes from the pseudo-locale
// (served for every language), so these tests check the machinery, not the translations.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { pseudoLocale } from './support/pseudo-locale.ts';
import { linesOverflow, measureEach } from './support/overflow.ts';
import { readLocale, type LocaleTree } from '../locales/locale-files.ts';

const SLIDES = ['intro', 'photos'];
const DWELL = 5;
const CYCLE_MS = SLIDES.length * DWELL * 1000;

/** Stops the page's fake clock once the display is up, so only runFor moves the rotation. */
async function pauseClock(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 1000);
}

async function servePseudoForEveryLanguage(page: Page): Promise<void> {
  await page.route(/\/api\/locales\/[\w-]+$/, (route) => route.fulfill({ json: pseudoLocale() }));
}

/** lang, dir and label of each text block on the slide on screen. */
function activeBlocks(page: Page) {
  return page.locator('kiosk-slide[active]').evaluate((slide) =>
    [...slide.shadowRoot!.querySelectorAll('.text')].map((block) => {
      const own = block.closest('[lang]') ?? slide;
      return {
        lang: own.getAttribute('lang'),
        dir: getComputedStyle(block).direction,
        label: block.querySelector('.language')?.textContent ?? null,
      };
    }),
  );
}

const settings = (languages: object) => ({ display: { dwellSeconds: DWELL, slides: SLIDES }, languages });

test.describe('single mode', () => {
  test.use({ kioskSettings: settings({ mode: 'single', default: 'en', shown: ['en', 'ur'] }) });

  test('a full cycle in each language, starting with the default, each named by its endonym', async ({ page, kiosk, pageProblems }) => {
    await servePseudoForEveryLanguage(page);
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect.poll(() => activeBlocks(page)).toEqual([{ lang: 'en', dir: 'ltr', label: 'English' }]);
    await pauseClock(page);
    await page.clock.runFor(DWELL * 1000);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'photos');
    expect(await activeBlocks(page)).toEqual([{ lang: 'en', dir: 'ltr', label: 'English' }]);
    await page.clock.runFor(DWELL * 1000);
    await expect.poll(() => activeBlocks(page)).toEqual([{ lang: 'ur', dir: 'rtl', label: 'اردو' }]);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'intro');
    // The slide fading out beneath keeps the language it was shown in.
    const outgoing = page.locator('kiosk-slide[previous]');
    await expect(outgoing).toHaveAttribute('data-slide', 'photos');
    await expect(outgoing).toHaveAttribute('lang', 'en');
    await expect(outgoing.locator('.language')).toHaveText('English');
    await page.clock.runFor(CYCLE_MS);
    await expect.poll(() => activeBlocks(page)).toEqual([{ lang: 'en', dir: 'ltr', label: 'English' }]);
    expect(pageProblems.consoleErrors).toEqual([]);
  });
});

test.describe('single mode with English alone', () => {
  test.use({ kioskSettings: settings({ mode: 'single', default: 'en', shown: ['en'] }) });

  test('shows no language label and fetches no translation or script font', async ({ page, kiosk }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(await activeBlocks(page)).toEqual([{ lang: 'en', dir: 'ltr', label: null }]);
    expect(requests.filter((p) => p.startsWith('/api/locales'))).toEqual([]);
    expect(requests.filter((p) => /\.woff2$/.test(p) && !/noto-sans-latin/.test(p))).toEqual([]);
  });
});

test.describe('bilingual mode', () => {
  test.use({ kioskSettings: settings({ mode: 'bilingual', default: 'en', shown: ['en', 'pl', 'ar'] }) });

  test('English beside each other language in turn, each block with its own lang and dir', async ({ page, kiosk, pageProblems }, testInfo) => {
    await servePseudoForEveryLanguage(page);
    await page.clock.install();
    await page.goto(kiosk.url);
    const english = { lang: 'en', dir: 'ltr', label: 'English' };
    await expect.poll(() => activeBlocks(page)).toEqual([english, { lang: 'pl', dir: 'ltr', label: 'Polski' }]);
    await pauseClock(page);
    await page.clock.runFor(CYCLE_MS);
    await expect.poll(() => activeBlocks(page)).toEqual([english, { lang: 'ar', dir: 'rtl', label: 'العربية' }]);
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: testInfo.outputPath(`bilingual-${size.width}x${size.height}.png`) });
    }
    await page.clock.runFor(CYCLE_MS);
    await expect.poll(() => activeBlocks(page)).toEqual([english, { lang: 'pl', dir: 'ltr', label: 'Polski' }]);
    expect(pageProblems.consoleErrors).toEqual([]);
  });
});

test.describe('Wales mode', () => {
  test.use({ kioskSettings: settings({ mode: 'wales', default: 'cy', shown: ['cy', 'en', 'pl'] }) });

  test('Welsh first with English beside it, on every slide', async ({ page, kiosk }, testInfo) => {
    await servePseudoForEveryLanguage(page);
    await page.clock.install();
    await page.goto(kiosk.url);
    const pair = [
      { lang: 'cy', dir: 'ltr', label: 'Cymraeg' },
      { lang: 'en', dir: 'ltr', label: 'English' },
    ];
    await expect.poll(() => activeBlocks(page)).toEqual(pair);
    await pauseClock(page);
    for (let step = 0; step < SLIDES.length * 2; step++) {
      await page.clock.runFor(DWELL * 1000);
      expect(await activeBlocks(page)).toEqual(pair);
    }
    await page.screenshot({ path: testInfo.outputPath('wales-1280x720.png') });
  });
});

test.describe('switching language', () => {
  test.use({ kioskSettings: settings({ default: 'en', shown: ['en'] }) });

  test('a new default language from settings re-renders in place, right to left, without a reload', async ({ page, kiosk }) => {
    await servePseudoForEveryLanguage(page);
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('lang', 'en');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await kiosk.writeSettings(settings({ default: 'ar', shown: ['ar'] }));
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('lang', 'ar', { timeout: 5_000 });
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });
});

test.describe('a translation missing a slide', () => {
  test.use({ kioskSettings: settings({ default: 'fr', shown: ['fr'] }) });

  test('shows that slide in English, marked English, never a key', async ({ page, kiosk }) => {
    const english = readLocale('en');
    const slides = english.slides as LocaleTree;
    const partial = { slides: { intro: { headline: 'Aidez-nous', body: '{{practice}} protège vos données.' } } };
    await page.route(/\/api\/locales\/fr$/, (route) => route.fulfill({ json: partial }));
    await page.goto(kiosk.url);
    const intro = page.locator('kiosk-slide[data-slide="intro"]');
    const photos = page.locator('kiosk-slide[data-slide="photos"]');
    await expect(intro).toHaveAttribute('lang', 'fr');
    await expect(intro.locator('h2')).toHaveText('Aidez-nous');
    await expect(intro.locator('p')).toHaveText('Your GP practice protège vos données.');
    await expect(photos).toHaveAttribute('lang', 'en');
    await expect(photos.locator('h2')).toHaveText((slides.photos as LocaleTree).headline as string);
    // Text outside the slides falls back key by key.
    await expect(page.locator('progress-dots [role="img"]')).toHaveAttribute('aria-label', 'Message 1 of 2');
  });
});

test.describe('loading on demand', () => {
  test.use({ kioskSettings: settings({ mode: 'single', default: 'en', shown: ['en', 'ar'] }) });

  test('fetches only the shown languages and their script’s font, never Chinese or the rest', async ({ page, kiosk }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // Arabic letters, so the page has something to draw with the Arabic font.
    const arabic = { headline: 'ساعدنا في الحفاظ على الخصوصية', body: 'من فضلك اتبع هذه القواعد.' };
    await page.route(/\/api\/locales\/ar$/, (route) => route.fulfill({ json: { slides: Object.fromEntries(SLIDES.map((id) => [id, arabic])) } }));
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('lang', 'en');
    await pauseClock(page);
    await page.clock.runFor(CYCLE_MS);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('lang', 'ar');
    await expect.poll(() => requests.some((p) => /noto-sans-arabic-arabic-\d+-normal\b.*\.woff2$/.test(p))).toBe(true);
    expect(requests.filter((p) => p.startsWith('/api/locales'))).toEqual(['/api/locales/ar']);
    expect(requests.filter((p) => /noto-(sans-(sc|tc|bengali|gujarati|gurmukhi|tamil)|nastaliq)/.test(p))).toEqual([]);
  });
});

test.describe('a long translation beside English', () => {
  // Urdu's Nastaliq leading on the pseudo-locale's longer text: the hardest pair to fit.
  test.use({
    reducedMotion: 'reduce',
    // The law slide in Urdu too (not held back in English): it is the longest.
    kioskSettings: { display: { dwellSeconds: DWELL }, languages: { mode: 'bilingual', default: 'en', shown: ['en', 'ur'] }, nationDetails: { lawSlideInEnglishUntilChecked: false } },
  });

  test('every slide still fits at both orientations', async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    await servePseudoForEveryLanguage(page);
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect.poll(() => activeBlocks(page)).toEqual([
      { lang: 'en', dir: 'ltr', label: 'English' },
      { lang: 'ur', dir: 'rtl', label: 'اردو' },
    ]);
    await pauseClock(page);
    const count = await page.locator('kiosk-slide').count();
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => document.fonts.ready);
      // Hidden slides are fitted when they come on screen, so each is checked there.
      const overflowing: string[] = [];
      for (let step = 0; step < count; step++) {
        const blocks = await page.locator('kiosk-slide[active] .text').evaluateAll(measureEach);
        overflowing.push(...blocks.filter((block) => linesOverflow(block.lines)).map((block) => `${block.slide} ${block.lang ?? 'en'}`));
        await page.clock.runFor(DWELL * 1000);
      }
      expect(overflowing, `${size.width}x${size.height}`).toEqual([]);
    }
  });
});
