// Forms as the NHS design system does them: an error summary at the top whose links take focus
// to the field, and a web address refused with what is wrong with it.
import { test, expect } from './support/fixtures.ts';
import { holdCorner, setPinByApi, signInWithPin } from './support/admin-steps.ts';

const PIN = '246810';
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|412|422|429) /;
test.beforeEach(({ pageProblems }) => void pageProblems);
test.afterEach(async ({ pageProblems }) => {
  expect(pageProblems.consoleErrors.filter((e) => !EXPECTED_REFUSAL.test(e))).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});
test.use({ viewport: { width: 1920, height: 1080 } });

test('a link with commas for dots is refused with what is wrong, and the error summary takes focus to it', async ({ page, kiosk }, testInfo) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Links', exact: true }).click();
  const contact = page.getByLabel('Contact the practice (optional)');
  await contact.fill('https://www.threewayssurgery,nhs,uk/contact');
  await expect(page.locator('section-links').getByText('The address has a comma where a full stop should be')).toBeVisible();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('img', { name: /Contact the practice/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Practice', exact: true }).click();
  await page.getByLabel('Practice name').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();

  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('error-summary.png') });
  await summary.getByRole('link', { name: /^Contact the practice: The address has a comma where a full stop should be/ }).click();
  await expect(page.locator('section-links')).toBeVisible();
  await expect(contact).toBeFocused();
  await summary.getByRole('link', { name: /^Practice name:/ }).click();
  await expect(page.getByLabel('Practice name')).toBeFocused();
  expect((await (await fetch(`${kiosk.url}api/config`)).json()).links.contact).toBeUndefined();
});

test('a notice title counts its characters against the schema’s limit and is never cut short', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Notices', exact: true }).click();
  await page.getByRole('button', { name: 'Add a notice' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Flu');
  await expect(page.locator('section-notices').getByText('You have 57 characters remaining')).toBeVisible();
  const long = 'Flu clinic on Saturday morning for everyone aged 65 and over, walk in';
  await title.fill('');
  await title.pressSequentially(long);
  await expect(title).toHaveValue(long);
  await expect(page.locator('section-notices').getByText(`You have ${long.length - 60} characters too many`)).toBeVisible();
});

test('the PIN pad says exactly what to do when the PIN is forgotten', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await holdCorner(page);
  await page.getByText('Forgotten the PIN?').click();
  await expect(page.getByText(/deletes the file credentials\.json in the kiosk’s data folder/)).toBeVisible();
  await expect(page.getByText(/The kiosk then asks for a new PIN here\. The settings, notices and history are kept/)).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('admin-shell')).toHaveCount(0);
});
