// The kiosk's on-screen keyboard types every Latin-script language the kiosk shows, has cursor
// keys, and for other scripts says honestly where to type them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { setPinByApi, signInWithPin, typeOnScreen } from './support/admin-steps.ts';

const PIN = '246810';
test.beforeEach(({ pageProblems }) => void pageProblems);
test.afterEach(async ({ pageProblems }) => {
  expect(pageProblems.consoleErrors).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});
test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, kioskSettings: { languages: { default: 'en', shown: ['en', 'pl', 'cy', 'ur'] } } });

test('Polish and Welsh typed on the on-screen keyboard are saved exactly, with Save tapped once', async ({ page, kiosk }) => {
  test.setTimeout(120_000); // about 60 taps
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Notices' }).click();
  await page.getByRole('button', { name: 'Add a notice' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Flu jabs');
  await page.getByLabel('Title in Polish').tap();
  await typeOnScreen(page, 'Szczepienia na grypę w sobotę');
  await page.getByLabel('Title in Welsh').tap();
  await typeOnScreen(page, 'Gwasanaeth ŵyl');
  await expect(page.getByRole('group', { name: 'On-screen keyboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const file = JSON.parse(await readFile(join(kiosk.dataDir, 'settings.json'), 'utf8'));
  expect(file.notices[0].translations.pl.title).toBe('Szczepienia na grypę w sobotę');
  expect(file.notices[0].translations.cy.title).toBe('Gwasanaeth ŵyl');
});

test('cursor keys move the caret, so a letter goes in the middle without a precise tap', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Links' }).click();
  const review = page.getByLabel('Review page', { exact: true });
  await review.tap();
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  await keyboard.getByRole('button', { name: 'Clear' }).tap();
  await typeOnScreen(page, 'http://a.nhs.uk');
  for (let i = 0; i < '://a.nhs.uk'.length; i++) await keyboard.getByRole('button', { name: 'Move left' }).tap();
  await typeOnScreen(page, 's');
  await keyboard.getByRole('button', { name: 'Move right' }).tap();
  await typeOnScreen(page, '/');
  await expect(review).toHaveValue('https:///a.nhs.uk');
});

test('a field in Urdu says to type it at the reception desk', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Notices' }).click();
  await page.getByRole('button', { name: 'Add a notice' }).click();
  await expect(page.getByText('This keyboard has no')).toHaveCount(0);
  await page.getByLabel('Title in Urdu').tap();
  await expect(page.getByRole('status').filter({ hasText: 'This keyboard has no Urdu letters. Type the Urdu words at the reception desk' })).toBeVisible();
});
