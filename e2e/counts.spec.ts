// Counts and posters as staff and patients meet them: a patient's screens are counted (and only
// while counting is on), staff see the weeks as a chart and table that pass axe, the kiosk says
// to print at the desk, and at the desk the poster opens from the staff screens, ready to print.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { INVITE } from './support/journey.ts';
import { setPinByApi, signInWithPin } from './support/admin-steps.ts';
import { signIn } from './support/admin-client.ts';

process.env.KIOSK_REMOTE_PORT = '0';
const PIN = '246810';
const REVIEW = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001';
const COMPLAINTS = 'https://threeways.example.nhs.uk/complaints';

test.use({ kioskSettings: { practice: { name: 'Threeways Surgery' }, links: { review: REVIEW, complaints: COMPLAINTS }, languages: { default: 'en', shown: ['en', 'pl'] } } });

interface Summary {
  enabled: boolean;
  weeks: { totals: Record<string, number> }[];
}

test('a patient’s screens are counted, staff see them as a chart that passes axe, and counting can be turned off', async ({ page, kiosk, pageProblems }) => {
  test.setTimeout(90_000);
  await setPinByApi(kiosk.url, PIN);
  const staff = await signIn(kiosk.url, '/session', { pin: PIN });
  const thisWeek = async () => ((await (await staff.request('/counts')).json()) as Summary).weeks.at(-1)!.totals;

  await page.goto(kiosk.url);
  await page.getByRole('button', { name: INVITE }).click();
  await page.getByRole('button', { name: 'Leave a review' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Make a complaint' }).click();
  await expect.poll(thisWeek).toMatchObject({ 'screen-menu': 2, 'screen-review': 1, 'qr-review': 1, 'screen-complaint': 1, 'qr-complaint': 1, 'qr-contact': 0 });

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Posters and counts' }).click();
  await expect(page.getByText('This kiosk cannot print')).toHaveCount(0); // remote admin is off here
  await expect(page.getByText('Turn on Remote admin first')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Review and complaint codes shown, week by week' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Each week' });
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(table.getByRole('row').nth(1)).toContainText('1');
  const result = await new AxeBuilder({ page }).include({ fromShadowDom: ['kiosk-app', 'admin-shell'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Off: saved like any setting; a patient's screens are then not counted.
  await page.getByLabel('Count screens and codes').uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const before = await thisWeek();
  const posted = await page.evaluate((url) => fetch(`${url}api/counts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lang: 'en', event: 'qr-review' }) }).then((r) => r.status), kiosk.url);
  expect(posted).toBe(204);
  expect(await thisWeek()).toEqual(before);

  // Cleared: empty, and the table says so.
  await page.getByRole('button', { name: 'Clear all counts' }).click();
  await page.getByRole('button', { name: 'Yes, clear all counts' }).click();
  await expect(page.getByText('All counts are cleared.')).toBeVisible();
  expect(Object.values(await thisWeek()).every((n) => n === 0)).toBe(true);
  expect(pageProblems.consoleErrors).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});

test('at the desk, the poster opens from the staff screens ready to print; on the kiosk, staff are told where', async ({ page, browser, kiosk }) => {
  test.setTimeout(90_000);
  await setPinByApi(kiosk.url, PIN);
  const staff = await signIn(kiosk.url, '/session', { pin: PIN });
  expect((await staff.update((s) => (s.remoteAdmin = { enabled: true }))).status).toBe(200);
  expect((await staff.request('/remote-password', { method: 'PUT', json: { pin: PIN, password: 'correct horse battery' } })).status).toBe(204);
  const [, remoteUrl] = await kiosk.waitForLine(/^Remote admin (http:\/\/\S+)$/);
  const deskUrl = remoteUrl!.replace(/\/\/[^:/]+:/, '//127.0.0.1:');

  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Posters and counts' }).click();
  await expect(page.getByText('This kiosk cannot print')).toBeVisible();
  await expect(page.locator('section-counts .address')).toHaveText(/\/admin\/$/);
  await expect(page.getByRole('link', { name: 'Open the poster' })).toHaveCount(0);

  const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await desk.goto(deskUrl);
  await desk.getByLabel('Password').fill('correct horse battery');
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await desk.getByRole('button', { name: 'Posters and counts' }).click();
  await desk.getByLabel('Language').selectOption('pl');
  await desk.getByLabel('Paper size').selectOption('A3');
  const [poster] = await Promise.all([desk.waitForEvent('popup'), desk.getByRole('link', { name: 'Open the poster' }).click()]);
  await expect(poster.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  expect(new URL(poster.url()).search).toBe('?lang=pl&size=A3');
  await expect(poster.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(poster.locator('.practice')).toHaveText('Threeways Surgery');
  await expect(poster.locator('svg.qr')).toHaveCount(2);
  await expect(poster.locator('.rules [lang="pl"]').first()).toBeVisible();
  await desk.close();
});
