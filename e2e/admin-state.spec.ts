// What the staff screens show is true: each tick belongs to its language through reordering and
// saving, and every language's own name is drawn in its bundled Noto font.
import { test, expect } from './support/fixtures.ts';
import { fontsUsedBy } from './support/fonts.ts';
import { setPinByApi, signInWithPin } from './support/admin-steps.ts';
import type { LocaleList } from '../main/common/api-contract.ts';

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

test('every language’s own name in the staff list is drawn in its bundled Noto font, with its review status from the server', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  // One source for translation status: the section asks the server, as `npm run locales:status` does.
  const listed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/locales');
  await page.getByRole('button', { name: 'Languages', exact: true }).click();
  const list = (await (await listed).json()) as LocaleList;
  const row = (english: string) => page.locator('section-languages li').filter({ has: page.getByRole('checkbox', { name: `Offer ${english}`, exact: true }) });
  await expect(row('English')).toContainText('Source text');
  for (const summary of list.filter((l) => l.code !== 'en')) {
    const stale = summary.keys?.stale ?? 0;
    await expect(row(summary.english)).toContainText(summary.status === 'reviewed' ? 'Checked by a qualified translator' : 'Draft, not yet checked by a qualified translator');
    if (stale > 0) await expect(row(summary.english)).toContainText(`${stale} line`);
    else await expect(row(summary.english)).not.toContainText('out of date');
  }
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
