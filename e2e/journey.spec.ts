import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, KIOSK_SIZES } from './support/fixtures.ts';
import { INVITE, countTaps, layoutProblems, readQrCode } from './support/journey.ts';
import { fontsUsedBy } from './support/fonts.ts';
import { fontsFor } from '../renderer/i18n/script-fonts.ts';
import en from '../locales/en/kiosk.json' with { type: 'json' };
import pl from '../locales/pl/kiosk.json' with { type: 'json' };
import { FIND_A_GP, NATIONS, NATION_PRESETS, complaintRoute, reviewRoute } from '../main/common/nation-preset.ts';
import { settingsSchema } from '../main/common/settings-schema.ts';

const DEFAULT_REVIEW = FIND_A_GP;
const CUSTOM = {
  practice: { name: 'Threeways Surgery', nation: 'england' },
  links: {
    review: 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/W12345/ratings-and-reviews',
    complaints: 'https://threeways.example.nhs.uk/complaints?form=online',
    contact: 'https://threeways.example.nhs.uk/contact-us',
  },
  complaintsContact: { phone: '01234 567890', email: 'complaints@threeways.example.nhs.uk', address: '1 High Street, Threeways, TW1 1AA' },
  languages: { default: 'en', shown: ['en', 'cy', 'pl', 'ar', 'ur', 'pa'] },
};

const journey = (page: Page) => page.locator('patient-journey');
const invite = (page: Page) => page.getByRole('button', { name: INVITE });
const menuButton = (page: Page, screen: string) => page.locator(`journey-menu button[data-screen="${screen}"]`);

async function expectDisplayBack(page: Page): Promise<void> {
  await expect(journey(page)).toHaveCount(0);
  await expect(invite(page)).toBeVisible();
  await expect(page.locator('kiosk-slide[active]')).toBeVisible();
  expect(await page.locator('slide-show').evaluate((el) => (el as HTMLElement & { paused: boolean }).paused)).toBe(false);
}

test.use({ hasTouch: true });

test.describe('default settings', () => {
  test('review: display to QR and back, the code reads as the default NHS address', async ({ page, kiosk, pageProblems }) => {
    await page.goto(kiosk.url);
    const taps = await countTaps(page);
    await invite(page).tap();
    await expect(journey(page)).toHaveAttribute('screen', 'menu');
    expect(await page.locator('slide-show').evaluate((el) => (el as HTMLElement & { paused: boolean }).paused)).toBe(true);
    await expect(menuButton(page, 'contact')).toHaveCount(0);
    await expect(menuButton(page, 'language')).toHaveCount(0);
    await menuButton(page, 'review').tap();
    expect(await readQrCode(page)).toBe(DEFAULT_REVIEW);
    expect(await taps()).toBeLessThanOrEqual(3);
    await expect(page.locator('qr-screen figcaption')).toHaveText('www.nhs.uk/service-search/find-a-gp');
    await expect(page.locator('qr-screen figcaption')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByText(en.review.text)).toBeVisible();
    await page.getByRole('button', { name: en.qr.done }).tap();
    await expectDisplayBack(page);
    expect(pageProblems.consoleErrors).toEqual([]);
    expect(await pageProblems.cspViolations()).toEqual([]);
  });

  test('complaint without a form: a code to the NHS how-to-complain page, the other routes, and Back returns', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    await menuButton(page, 'complaint').tap();
    await expect(page.getByRole('heading', { name: en.complaint.title })).toBeVisible();
    expect(await readQrCode(page)).toBe(NATION_PRESETS.england.complaintGuide);
    await expect(page.getByText(en.complaint.noForm)).toBeVisible();
    await expect(page.getByText(en.complaint.england.commissioner)).toBeVisible();
    await expect(page.getByText(en.complaint.england.ombudsman)).toBeVisible();
    await expect(page.getByText(en.complaint.time.twelve)).toBeVisible();
    await page.getByRole('button', { name: en.menu.back }).tap();
    await expect(journey(page)).toHaveAttribute('screen', 'menu');
    await page.getByRole('button', { name: en.menu.back }).tap();
    await expectDisplayBack(page);
  });

  test('read our rules: step through every slide by hand, then back', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    await menuButton(page, 'rules').tap();
    const slide = page.locator('rules-screen kiosk-slide');
    await expect(slide).toHaveAttribute('data-slide', 'intro');
    await expect(page.getByRole('button', { name: en.rules.previous })).toBeHidden();
    const seen = [await slide.getAttribute('data-slide')];
    for (let i = 1; i < 10; i++) {
      await page.getByRole('button', { name: en.rules.next }).tap();
      await expect(page.getByText(`${i + 1} of 10`)).toBeVisible();
      seen.push(await slide.getAttribute('data-slide'));
    }
    expect(seen).toEqual(['intro', 'devices', 'confidentiality', 'contact-routes', 'photos', 'reviews', 'naming-staff', 'harmful-posts', 'abuse-law', 'complaints']);
    await expect(page.getByRole('button', { name: en.rules.next })).toBeHidden();
    await page.getByRole('button', { name: en.rules.previous }).tap();
    await expect(slide).toHaveAttribute('data-slide', 'abuse-law');
    await page.keyboard.press('Escape');
    await expect(journey(page)).toHaveAttribute('screen', 'menu');
  });
});

test.describe('custom settings', () => {
  test.use({ kioskSettings: CUSTOM });

  for (const [screen, url] of [
    ['review', CUSTOM.links.review],
    ['complaint', CUSTOM.links.complaints],
    ['contact', CUSTOM.links.contact],
  ] as const) {
    test(`${screen}: display to QR in at most three taps, the code reads as the configured address, Done returns`, async ({ page, kiosk, pageProblems }) => {
      await page.goto(kiosk.url);
      const taps = await countTaps(page);
      await invite(page).tap();
      await menuButton(page, screen).tap();
      expect(await readQrCode(page)).toBe(url);
      expect(await taps()).toBeLessThanOrEqual(3);
      await expect(page.locator('qr-screen figcaption')).toHaveText(url.replace('https://', ''));
      await page.getByRole('button', { name: en.qr.done }).tap();
      await expectDisplayBack(page);
      expect(pageProblems.consoleErrors).toEqual([]);
      expect(await pageProblems.cspViolations()).toEqual([]);
    });
  }

  test('the contact screen gives the urgent-care line', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    await menuButton(page, 'contact').tap();
    await expect(page.getByText('For urgent medical help, call 111. In an emergency, call 999.')).toBeVisible();
  });

  test("complaint shows the nation's routes and the practice's own details", async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    await menuButton(page, 'complaint').tap();
    await expect(page.getByText(en.complaint.england.commissioner)).toBeVisible();
    await expect(page.getByText(en.complaint.england.ombudsman)).toBeVisible();
    await expect(page.getByText('01234 567890')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByText('complaints@threeways.example.nhs.uk')).toBeVisible();
    await expect(page.getByText('1 High Street, Threeways, TW1 1AA')).toBeVisible();
  });

  for (const screen of ['review', 'complaint'] as const) {
    test(`after choosing Arabic, the ${screen} code is at most three taps from the display, right to left`, async ({ page, kiosk, pageProblems }) => {
      await page.goto(kiosk.url);
      const taps = await countTaps(page);
      await page.locator('invite-bar button.language').tap();
      await expect(journey(page)).toHaveAttribute('screen', 'language');
      const names = page.locator('language-screen button');
      await expect(names).toHaveText(['English', 'Cymraeg', 'Polski', 'العربية', 'اردو', 'ਪੰਜਾਬੀ']);
      await expect(names.nth(3)).toHaveAttribute('lang', 'ar');
      await expect(names.nth(3)).toHaveAttribute('dir', 'rtl');
      await names.nth(3).tap();
      await expect(journey(page)).toHaveAttribute('lang', 'ar');
      await expect(journey(page)).toHaveAttribute('dir', 'rtl');
      await menuButton(page, screen).tap();
      expect(await readQrCode(page)).toBe(CUSTOM.links[screen === 'review' ? 'review' : 'complaints']);
      expect(await taps()).toBeLessThanOrEqual(3);
      // The address stays left to right inside right-to-left text.
      await expect(page.locator('qr-screen figcaption')).toHaveAttribute('dir', 'ltr');
      await page.locator('qr-screen button.done').tap();
      await expectDisplayBack(page);
      expect(await page.evaluate(() => document.querySelector('kiosk-app')!.shadowRoot!.querySelector('invite-bar')!.shadowRoot!.textContent)).toContain(en.invite.title);
      expect(pageProblems.consoleErrors).toEqual([]);
    });
  }

  test('idle: the prompt counts down, "I am still here" keeps the journey, silence returns to the display in the default language', async ({ page, kiosk }) => {
    // A paused fake clock: time moves only when the test says so, however slow the machine.
    await page.clock.install();
    await page.goto(kiosk.url);
    await page.clock.pauseAt(Date.now() + 1000);
    await page.locator('invite-bar button.language').tap();
    await page.locator('language-screen button[data-language="pl"]').tap();
    await expect(journey(page)).toHaveAttribute('lang', 'pl');
    await page.locator('access-toggles button[data-access="large-text"]').tap();
    await expect(journey(page)).toHaveAttribute('large-text', '');
    await menuButton(page, 'review').tap();

    const dialog = page.locator('idle-prompt dialog');
    await page.clock.runFor(59_000);
    await expect(dialog).toBeHidden();
    await page.clock.runFor(1_000);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('p')).toContainText('15');
    await page.clock.runFor(5_000);
    await expect(dialog.locator('p')).toContainText('10');
    await dialog.locator('button').tap();
    await expect(dialog).toBeHidden();
    await expect(journey(page)).toHaveAttribute('screen', 'review');

    await page.clock.runFor(60_000);
    await expect(dialog).toBeVisible();
    await page.clock.runFor(15_000);
    await expectDisplayBack(page);
    await expect(page.locator('kiosk-app')).toHaveJSProperty('lang', '');
    expect(await page.evaluate(() => document.querySelector('kiosk-app')!.shadowRoot!.querySelector('invite-bar')!.shadowRoot!.textContent)).toContain(en.invite.title);
    // The next patient starts afresh: the toggles are off again.
    await invite(page).tap();
    await expect(journey(page)).toHaveAttribute('lang', 'en');
    await expect(journey(page)).not.toHaveAttribute('large-text');
    await expect(page.locator('access-toggles button[data-access="large-text"]')).toHaveAttribute('aria-pressed', 'false');
  });

  test('large text and high contrast toggle on and off', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    const contrast = page.locator('access-toggles button[data-access="high-contrast"]');
    await contrast.tap();
    await expect(contrast).toHaveAttribute('aria-pressed', 'true');
    await expect(journey(page)).toHaveAttribute('high-contrast', '');
    const colour = await menuButton(page, 'review').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).toBe('rgb(0, 0, 0)');
    await contrast.tap();
    await expect(journey(page)).not.toHaveAttribute('high-contrast');
  });

  test('keyboard only: to the review code and back, focus always where it should be', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(invite(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(invite(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: en.menu.title })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menuButton(page, 'review')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: en.review.title })).toBeFocused();
    expect(await readQrCode(page)).toBe(CUSTOM.links.review);
    await page.keyboard.press('Escape');
    await expect(menuButton(page, 'review')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menuButton(page, 'complaint')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(journey(page)).toHaveAttribute('screen', 'complaint');
    await page.keyboard.press('Tab');
    await expect(page.locator('qr-screen button.done')).toBeFocused();
    // The focus ring is the NHS yellow.
    expect(await page.locator('qr-screen button.done').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 235, 59)');
    await page.keyboard.press('Enter');
    await expectDisplayBack(page);
    await expect(invite(page)).toBeFocused();
  });
});

test.describe('accessibility', () => {
  test.use({ kioskSettings: CUSTOM });

  test('axe finds no violations on the display, the menu and every journey screen', async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    await page.goto(kiosk.url);
    await expect(invite(page)).toBeVisible();
    const check = async (where: string) => {
      // meta-viewport is left out on purpose: a shared kiosk must not stay pinch-zoomed for the
      // next patient, so index.html fixes the scale; the journey's Larger text toggle stands in.
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .disableRules(['meta-viewport'])
        .analyze();
      expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check('display');
    await invite(page).tap();
    await check('menu');
    for (const screen of ['review', 'complaint', 'contact', 'rules', 'language'] as const) {
      await menuButton(page, screen).tap();
      await expect(journey(page)).toHaveAttribute('screen', screen);
      await check(screen);
      await page.keyboard.press('Escape');
    }
    await page.locator('access-toggles button[data-access="high-contrast"]').tap();
    await check('menu, high contrast');
  });
});

test.describe('fit', () => {
  test.use({ kioskSettings: { ...CUSTOM, languages: { default: 'en', shown: ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'ar', 'bn', 'gu', 'it', 'zh-Hans', 'zh-Hant', 'lt', 'fr', 'ta', 'tr', 'bg', 'fa', 'so', 'uk'] } } });

  for (const size of KIOSK_SIZES) {
    test(`every journey screen fits without scrolling at ${size.width}x${size.height}, normal and large text`, async ({ page, kiosk }) => {
      await page.setViewportSize(size);
      await page.goto(kiosk.url);
      expect(await layoutProblems(page)).toEqual([]);
      await invite(page).tap();
      for (const large of [false, true]) {
        if (large) await page.locator('access-toggles button[data-access="large-text"]').tap();
        expect(await layoutProblems(page), `menu${large ? ', large text' : ''}`).toEqual([]);
        for (const screen of ['review', 'complaint', 'contact', 'rules', 'language'] as const) {
          await menuButton(page, screen).tap();
          await expect(journey(page)).toHaveAttribute('screen', screen);
          await page.evaluate(() => document.fonts.ready);
          expect(await layoutProblems(page), `${screen}${large ? ', large text' : ''}`).toEqual([]);
          await page.keyboard.press('Escape');
        }
      }
      if (size.height > size.width) {
        // Portrait: every menu button in the lower half, within reach from a wheelchair.
        const tops = await page.locator('journey-menu button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
        for (const top of tops) expect(top).toBeGreaterThanOrEqual(size.height / 2);
      }
    });
  }
});

test.describe('the language grid', () => {
  const ALL = ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'ar', 'bn', 'gu', 'it', 'zh-Hans', 'zh-Hant', 'lt', 'fr', 'ta', 'tr', 'bg', 'fa', 'so', 'uk'];
  test.use({ kioskSettings: { languages: { default: 'en', shown: ALL } } });

  test('each language is named in its own script’s bundled font, Urdu in Nastaliq, whatever the journey’s language', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await invite(page).tap();
    await menuButton(page, 'language').tap();
    await page.evaluate(() => document.fonts.ready);
    for (const code of ALL) {
      const family = fontsFor(code)[0]!.family;
      const name = page.locator(`language-screen button[lang="${code}"]`);
      await expect
        .poll(async () => (await fontsUsedBy(page, name)).filter((f) => f.glyphCount > 0).map((f) => f.familyName), { message: `${code} endonym font` })
        .toEqual([expect.stringContaining(family)]);
    }
  });
});

// Each nation, as a new practice would set it up: only the nation chosen. The codes are read off
// the screen with jsQR, as a patient's phone would.
for (const nation of NATIONS) {
  test.describe(`a new practice in ${nation}`, () => {
    test.use({ kioskSettings: { practice: { name: 'Threeways Surgery', nation } } });
    const settings = settingsSchema.parse({ practice: { nation } });
    const review = reviewRoute(settings).url;

    test('review and complaint codes lead to the nation’s routes; the text is the nation’s own', async ({ page, kiosk }) => {
      await page.goto(kiosk.url);
      await page.getByRole('button', { name: review ? en.invite.title : en.invite.titleNoReview }).tap();
      if (review) {
        await menuButton(page, 'review').tap();
        expect(await readQrCode(page)).toBe(review);
        const text = await page.locator('qr-screen .text').innerText();
        if (nation !== 'england') expect(text).not.toContain('NHS website');
        await page.getByRole('button', { name: en.menu.back }).tap();
      } else {
        // No public review route: no review button, and nothing promises one.
        await expect(menuButton(page, 'review')).toHaveCount(0);
      }
      await menuButton(page, 'complaint').tap();
      expect(await readQrCode(page)).toBe(complaintRoute(settings).url);
      const text = await page.locator('qr-screen .text').innerText();
      expect(text).toContain(NATION_PRESETS[nation].ombudsman);
      expect(text).toContain(NATION_PRESETS[nation].timeLimit === 'six' ? '6 months' : '12 months');
      if (nation !== 'england') expect(text).not.toMatch(/NHS website|integrated care board|Parliamentary/);
    });
  });
}

test.describe('urgent care', () => {
  test.use({
    kioskSettings: {
      ...CUSTOM,
      languages: { default: 'en', shown: ['en', 'pl'] },
      // Closed all week: the closed screen is what shows.
      openingHours: { enabled: true, week: {} },
    },
  });

  test('the closed screen gives 111 and 999 in each display language', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const closed = page.locator('closed-screen');
    await expect(closed.locator('[lang="en"]')).toContainText(en.urgent.both.replace('{{urgent}}', '111').replace('{{emergency}}', '999'));
    await expect(closed.locator('[lang="pl"]')).toContainText(pl.urgent.both.replace('{{urgent}}', '111').replace('{{emergency}}', '999'));
  });
});

test.describe('bad input', () => {
  test.use({ kioskSettings: { links: { review: 'http://reviews.example.com/threeways', contact: 'javascript:alert(1)' } } });

  test('non-https addresses never reach a code: the settings are refused and the NHS default is encoded', async ({ page, kiosk }) => {
    expect(kiosk.log()).toContain('links.review: This must be a web address starting with https://');
    await page.goto(kiosk.url);
    await invite(page).tap();
    await expect(menuButton(page, 'contact')).toHaveCount(0);
    await menuButton(page, 'review').tap();
    expect(await readQrCode(page)).toBe(DEFAULT_REVIEW);
  });
});

for (const size of [KIOSK_SIZES[0], KIOSK_SIZES[1]]) {
  test.describe(`screenshots ${size.width}x${size.height}`, () => {
    test.use({ viewport: size, reducedMotion: 'reduce', kioskSettings: CUSTOM });

    test('display, menu, every QR screen, rules, languages and the idle prompt, saved as artefacts', async ({ page, kiosk }, testInfo) => {
      await page.clock.install();
      await page.goto(kiosk.url);
      await page.clock.pauseAt(Date.now() + 1000);
      await expect(invite(page)).toBeVisible();
      const shot = async (name: string) => {
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: testInfo.outputPath(`journey-${name}.png`) });
      };
      await shot('display');
      await invite(page).tap();
      await shot('menu');
      for (const screen of ['review', 'complaint', 'contact', 'rules', 'language'] as const) {
        await menuButton(page, screen).tap();
        await expect(journey(page)).toHaveAttribute('screen', screen);
        await shot(screen);
        await page.keyboard.press('Escape');
      }
      await page.clock.runFor(60_000);
      await expect(page.locator('idle-prompt dialog')).toBeVisible();
      await shot('idle');
    });
  });
}
