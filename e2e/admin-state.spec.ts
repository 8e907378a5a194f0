// What the staff screens show is true: each tick belongs to its language through reordering and
// saving, and every language's own name is drawn in its bundled Noto font.
import { test, expect } from './support/fixtures.ts';
import { fontsUsedBy } from './support/fonts.ts';
import { setPinByApi, signInWithPin } from './support/admin-steps.ts';

const PIN = '246810';
test.beforeEach(({ pageProblems }) => void pageProblems);
test.afterEach(async ({ pageProblems }) => {
  expect(pageProblems.consoleErrors).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});
test.use({ viewport: { width: 1920, height: 1080 } });

test('ghost ticks: tick two languages, save, reload the section: exactly those are ticked', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Languages', exact: true }).click();
  const ticked = () => page.locator('section-languages').getByRole('checkbox', { checked: true });
  const names = async () => (await ticked().evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')))).sort();
  await page.getByRole('checkbox', { name: 'Offer Polish' }).check();
  await page.getByRole('checkbox', { name: 'Offer Urdu' }).check();
  await expect.poll(names).toEqual(['Offer English', 'Offer Polish', 'Offer Urdu']);
  // Ticking then unticking one more moves rows about; no other tick may come or go with it.
  await page.getByRole('checkbox', { name: 'Offer Romanian' }).check();
  await expect.poll(names).toEqual(['Offer English', 'Offer Polish', 'Offer Romanian', 'Offer Urdu']);
  await page.getByRole('checkbox', { name: 'Offer Romanian' }).uncheck();
  await expect.poll(names).toEqual(['Offer English', 'Offer Polish', 'Offer Urdu']);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect((await (await fetch(`${kiosk.url}api/config`)).json()).languages.shown).toEqual(['en', 'pl', 'ur']);
  await page.getByRole('button', { name: 'Practice', exact: true }).click();
  await page.getByRole('button', { name: 'Languages', exact: true }).click();
  await expect.poll(names).toEqual(['Offer English', 'Offer Polish', 'Offer Urdu']);
  await expect(page.locator('section-languages')).not.toContainText('>');
});

test('every language’s own name in the staff list is drawn in its bundled Noto font', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Languages', exact: true }).click();
  await page.evaluate(() => document.fonts.ready);
  for (const [code, family] of [
    ['pa', 'Noto Sans Gurmukhi'],
    ['bn', 'Noto Sans Bengali'],
    ['gu', 'Noto Sans Gujarati'],
    ['ta', 'Noto Sans Tamil'],
    ['ur', 'Noto Nastaliq Urdu'],
  ]) {
    const endonym = page.locator(`section-languages span[lang="${code}"]`);
    await expect
      .poll(async () => (await fontsUsedBy(page, endonym)).filter((f) => f.glyphCount > 0).map((f) => f.familyName))
      .toEqual([family]);
  }
});
