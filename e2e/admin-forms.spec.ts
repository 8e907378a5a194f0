// Forms as the NHS design system does them: an error summary at the top whose links take focus
// to the field, and a web address refused with what is wrong with it.
import { test, expect } from './support/fixtures.ts';
import { holdCorner, setPinByApi, signInWithPin } from './support/admin-steps.ts';
import { INVITE, readQrCode } from './support/journey.ts';
import en from '../locales/en/kiosk.json' with { type: 'json' };

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

test('the nation’s settings are set by touch: the review page built from ODS code and name part, and an ombudsman line with its default back', async ({ page, kiosk }, testInfo) => {
  const saveAndClose = async () => {
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out and close' }).click();
    await expect(page.locator('admin-shell')).toHaveCount(0);
  };
  const openScreen = async (screen: string) => {
    await page.getByRole('button', { name: INVITE }).click();
    await page.locator(`journey-menu button[data-screen="${screen}"]`).click();
  };
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Links', exact: true }).click();
  const links = page.locator('section-links');
  await expect(links.locator('.set-up-warning')).toContainText('Find a GP');
  // A pasted NHS website address is checked against the practice-page pattern, in words.
  const review = page.getByLabel('Review page', { exact: true });
  await review.fill('https://www.nhs.uk/services/gp-surgery/threeways-surgery/a81001');
  await expect(links.getByText('Write the ODS code in capitals: A81001')).toBeVisible();
  await review.fill('');
  await page.getByLabel('Page name part (optional)').fill('threeways-surgery');
  await page.getByLabel('ODS code (optional)').fill('a8100');
  await expect(links.getByText('An ODS code is one letter and five digits')).toBeVisible();
  await page.getByLabel('ODS code (optional)').fill('a81001');
  const built = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001';
  await expect(links.locator('[data-built]')).toHaveText(built);
  await expect(links.locator('[data-review-goes-to]')).toHaveText(built);
  await expect(links.locator('.set-up-warning')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('links-built.png'), fullPage: true });
  await saveAndClose();
  expect((await (await fetch(`${kiosk.url}api/config`)).json()).links).toMatchObject({ reviewOdsCode: 'A81001', reviewProfileSlug: 'threeways-surgery' });
  await openScreen('review');
  expect(await readQrCode(page)).toBe(built);
  await page.getByRole('button', { name: en.qr.done }).click();

  // Scotland: the ombudsman sentence replaced by the practice's own, then its default back.
  await signInWithPin(page, PIN);
  await page.getByLabel('Nation').selectOption('scotland');
  await page.getByRole('button', { name: 'Nation details', exact: true }).click();
  const ombudsman = page.locator('section-nation [data-key="ombudsmanLine"]');
  await expect(ombudsman.locator('.default')).toContainText(en.complaint.scotland.ombudsman);
  const line = 'Still unhappy? Ask the Scottish Public Services Ombudsman: 0800 377 7330.';
  await page.getByLabel('The sentence about the ombudsman').fill(line);
  await page.screenshot({ path: testInfo.outputPath('nation-details.png'), fullPage: true });
  await saveAndClose();
  expect((await (await fetch(`${kiosk.url}api/config`)).json()).nationDetails.ombudsmanLine).toBe(line);
  await openScreen('complaint');
  await expect(page.locator('qr-screen')).toContainText(line);
  await expect(page.locator('qr-screen')).not.toContainText(en.complaint.scotland.ombudsman);
  await page.getByRole('button', { name: en.qr.done }).click();

  await signInWithPin(page, PIN);
  await page.getByRole('button', { name: 'Nation details', exact: true }).click();
  await page.getByRole('button', { name: 'Use the default for “The sentence about the ombudsman”' }).click();
  await expect(page.getByLabel('The sentence about the ombudsman')).toHaveValue('');
  await saveAndClose();
  expect((await (await fetch(`${kiosk.url}api/config`)).json()).nationDetails.ombudsmanLine).toBeUndefined();
  await openScreen('complaint');
  await expect(page.locator('qr-screen')).toContainText(en.complaint.scotland.ombudsman);
});
