import { test, expect, currentSlide, KIOSK_SIZES } from './support/fixtures.ts';
import { SLIDE_IDS } from '../main/common/slide-catalogue.ts';
import { ACTIVE_SLIDE_SHOWN } from './support/active-slide.ts';
import { linesOverflow, measureEach } from './support/overflow.ts';

test.describe('the rotating display', () => {
  test.use({
    kioskSettings: {
      practice: { name: 'Threeways Test Surgery' },
      display: { dwellSeconds: 5, slides: ['intro', 'photos', 'complaints'] },
    },
  });

  test('opens on the first enabled slide, naming the practice', async ({ page, kiosk, pageProblems }) => {
    await page.goto(kiosk.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Threeways Test Surgery');
    const first = page.locator('kiosk-slide[active]');
    await expect(first).toHaveAttribute('data-slide', 'intro');
    await expect(first.locator('p')).toContainText('Threeways Test Surgery must keep');
    // The Electron crash test asks this of the page: it must see through the shadow roots.
    expect(await page.evaluate(ACTIVE_SLIDE_SHOWN)).toBe(true);
    expect(pageProblems.consoleErrors).toEqual([]);
    expect(await pageProblems.cspViolations()).toEqual([]);
  });

  test('cycles through every enabled slide in order, and never shows a disabled one', async ({ page, kiosk, pageProblems }) => {
    await page.clock.install();
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide')).toHaveCount(3);
    // Paused: the rotation moves only when the test runs the clock, however slow the machine.
    await page.clock.pauseAt(Date.now() + 1000);
    const order = ['intro', 'photos', 'complaints'];
    // One full turn and one more slide, from wherever it is (a slow start may have moved it on).
    const start = order.indexOf((await currentSlide(page))!);
    expect(start).toBeGreaterThanOrEqual(0);
    for (let step = 1; step <= order.length; step++) {
      await page.clock.runFor(5_000);
      await expect(page.locator('slide-show')).toHaveAttribute('data-current-slide', order[(start + step) % order.length]!);
    }
    // Disabled slides are not in the page at all, so they cannot show.
    for (const id of SLIDE_IDS.filter((s) => !order.includes(s))) {
      await expect(page.locator(`kiosk-slide[data-slide="${id}"]`)).toHaveCount(0);
    }
    expect(pageProblems.consoleErrors).toEqual([]);
    expect(await pageProblems.cspViolations()).toEqual([]);
  });
});

test.describe('fit', () => {
  test.use({ kioskSettings: { practice: { name: 'The Very Long Named Medical Practice of Saint Somewhere-upon-Avon' }, display: { dwellSeconds: 5 } } });

  for (const size of KIOSK_SIZES) {
    test(`no slide overflows its box at ${size.width}x${size.height}`, async ({ page, kiosk }) => {
      await page.setViewportSize(size);
      await page.clock.install();
      await page.goto(kiosk.url);
      await expect(page.locator('kiosk-slide')).toHaveCount(SLIDE_IDS.length);
      // A slide's text is fitted when it comes on screen, so each is measured there, the clock
      // paused while it is.
      await page.clock.pauseAt(Date.now() + 1000);
      const active = page.locator('kiosk-slide[active]');
      const seen: string[] = [];
      const problems: string[] = [];
      for (let step = 0; step < SLIDE_IDS.length; step++) {
        const slide = (await active.getAttribute('data-slide'))!;
        seen.push(slide);
        const blocks = await active.locator('.text').evaluateAll(measureEach);
        if (blocks.length === 0 || blocks.some((block) => linesOverflow(block.lines))) problems.push(`${slide} overflows`);
        if (!(await active.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
        }))) problems.push(`${slide} leaves the screen`);
        await page.clock.runFor(5_000);
        await expect(active).not.toHaveAttribute('data-slide', slide);
      }
      expect(seen.sort(), 'every slide measured').toEqual([...SLIDE_IDS].sort());
      expect(problems).toEqual([]);
      // The page itself never scrolls.
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    });
  }
});

test.describe('bad settings', () => {
  test('a settings file that is not JSON leaves the kiosk showing slides on the defaults', async ({ page, kiosk }) => {
    await kiosk.writeSettings('{ "practice": { "name": "Half-written');
    // The host watches the file; a restart is not needed, but the page is opened afresh.
    // Health says there is a problem; its words (which may quote the file) are for the log and signed-in staff.
    await expect.poll(async () => ((await (await fetch(`${kiosk.url}api/health`)).json()) as { problem: string | null }).problem).not.toBeNull();
    expect(kiosk.log()).toContain('not valid JSON');
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'intro');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your GP practice');
    expect(kiosk.log()).toContain('settings.json was not used');
  });
});

test.describe('bad settings at start', () => {
  test.use({ kioskSettings: { practice: { name: 'Bad Settings Surgery' }, display: { dwellSeconds: 1, sildes: [] } } });

  test('an invalid file at start is reported and the kiosk runs on the defaults', async ({ page, kiosk }) => {
    const health = (await (await fetch(`${kiosk.url}api/health`)).json()) as { settings: string; problem: string };
    expect(health.settings).toBe('defaults');
    expect(health.problem).not.toBeNull();
    expect(kiosk.log()).toMatch(/display\.dwellSeconds: At least 5 seconds.*Unknown setting: sildes/);
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your GP practice');
  });
});

test.describe('live settings', () => {
  test('a hand edit to settings.json reaches the display without a reload', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your GP practice');
    await kiosk.writeSettings({ practice: { name: 'Renamed Surgery' } });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed Surgery', { timeout: 2_000 });
  });
});

for (const size of [KIOSK_SIZES[0], KIOSK_SIZES[1]]) {
  test.describe(`screenshots ${size.width}x${size.height}`, () => {
    test.use({ viewport: size, reducedMotion: 'reduce', kioskSettings: { practice: { name: 'Threeways Surgery' } } });

    test('every slide, saved as an artefact', async ({ page, kiosk }, testInfo) => {
      // A paused fake clock: each slide is up for exactly one dwell, however long a screenshot takes.
      await page.clock.install();
      await page.goto(kiosk.url);
      await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', SLIDE_IDS[0]);
      await page.clock.pauseAt(Date.now() + 1000);
      for (const id of SLIDE_IDS) {
        await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', id);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: testInfo.outputPath(`slide-${id}.png`) });
        await page.clock.runFor(12_000);
      }
    });
  });
}
