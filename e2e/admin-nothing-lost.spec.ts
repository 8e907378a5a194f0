// The four ways staff used to lose their work, and the two near misses (Save's first tap with the
// keyboard up, "Load their changes" after a clash): each change survives, or staff are asked first.
import { test, expect } from './support/fixtures.ts';
import { displayHeading, setPinByApi, signInWithPin, tapPin, typeOnScreen } from './support/admin-steps.ts';
import type { Page } from '@playwright/test';

const PIN = '246810';
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|412|422|429) /;
test.beforeEach(({ pageProblems }) => void pageProblems);
test.afterEach(async ({ pageProblems }) => {
  expect(pageProblems.consoleErrors.filter((e) => !EXPECTED_REFUSAL.test(e))).toEqual([]);
  expect(await pageProblems.cspViolations()).toEqual([]);
});
test.use({ viewport: { width: 1920, height: 1080 } });

const config = async (url: string) => (await fetch(`${url}api/config`)).json();

/** With Playwright's clock installed, the five-second hold is run on it. */
async function signInOnClock(page: Page): Promise<void> {
  await expect(page.locator('admin-corner')).toBeAttached();
  await page.mouse.move(40, 40);
  await page.mouse.down();
  await page.clock.runFor(5_100);
  await page.mouse.up();
  await tapPin(page, PIN);
  await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
}

test('Exit mid-edit asks first: going back keeps the edit, "Save and sign out" saves it', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.goto(kiosk.url);
  await signInWithPin(page, PIN);
  await page.getByLabel('Practice name').fill('Half Typed Surgery');
  await page.getByRole('button', { name: 'Sign out and close' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Your changes are not saved' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Go back to editing' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Practice name')).toHaveValue('Half Typed Surgery');
  await page.getByRole('button', { name: 'Sign out and close' }).click();
  await dialog.getByRole('button', { name: 'Save and sign out' }).click();
  await expect(page.locator('admin-shell')).toHaveCount(0);
  await expect(displayHeading(page)).toHaveText('Half Typed Surgery');
  expect((await config(kiosk.url)).practice.name).toBe('Half Typed Surgery');
});

test('left untouched, "Are you still there?" counts down first; a touch keeps the edit', async ({ page, kiosk }) => {
  await setPinByApi(kiosk.url, PIN);
  await page.clock.install();
  await page.goto(kiosk.url);
  await signInOnClock(page);
  await page.getByLabel('Practice name').fill('Still Typing Surgery');
  await page.clock.runFor(105_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(6_000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('will sign out and close in');
  await expect(dialog).toContainText('Your changes are not saved yet and will be lost.');
  await page.clock.runFor(2_000);
  await expect(dialog).toContainText(/close in [1-8] seconds/);
  await dialog.getByRole('button', { name: 'I’m still here' }).click();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(100_000);
  await expect(page.locator('admin-shell')).toBeAttached();
  await expect(page.getByLabel('Practice name')).toHaveValue('Still Typing Surgery');
  // Ignored, it still closes and signs out.
  await page.clock.runFor(21_000);
  await expect(page.locator('admin-shell')).toHaveCount(0);
});

test.describe('opening hours', () => {
  // Saturday 5 December 2026, late morning: the default hours are closed on Saturdays.
  const SATURDAY = new Date(2026, 11, 5, 11, 0, 0);

  test('saving hours that close the practice now keeps staff on the Opening hours screen, signed in', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.clock.install({ time: SATURDAY });
    await page.goto(kiosk.url);
    await signInOnClock(page);
    await page.getByRole('button', { name: 'Opening hours' }).click();
    await page.getByLabel('Go dark outside opening hours').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.locator('kiosk-app').locator('closed-screen')).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Enter the staff PIN' })).toHaveCount(0);
    await expect(page.getByLabel('Go dark outside opening hours')).toBeChecked();
  });

  test.describe('closing while a notice is written', () => {
    test.use({ kioskSettings: { openingHours: { enabled: true, week: { sat: { open: '08:00', close: '11:01' } } } } });

    test('closing time passing does not rebuild the staff screen: the notice being typed stays', async ({ page, kiosk }) => {
      await setPinByApi(kiosk.url, PIN);
      await page.clock.install({ time: SATURDAY });
      await page.goto(kiosk.url);
      await expect(page.locator('kiosk-app').locator('slide-show')).toBeAttached();
      await signInOnClock(page);
      await page.getByRole('button', { name: 'Notices' }).click();
      await page.getByRole('button', { name: 'Add a notice' }).click();
      await typeOnScreen(page, 'Flu');
      await page.clock.runFor(90_000);
      await expect(page.locator('kiosk-app').locator('closed-screen')).toBeAttached();
      await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Flu');
      await expect(page.getByRole('group', { name: 'On-screen keyboard' })).toBeVisible();
      await typeOnScreen(page, ' clinic');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      expect((await config(kiosk.url)).notices).toEqual([expect.objectContaining({ title: 'Flu clinic' })]);
    });
  });
});

test.describe('by touch', () => {
  test.use({ hasTouch: true });

  test('the first tap on Save saves, with the on-screen keyboard up', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByLabel('Practice name').tap();
    const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
    await expect(keyboard).toBeVisible();
    await keyboard.getByRole('button', { name: 'Clear' }).tap();
    for (const key of ['a', 'b', 'c']) await keyboard.getByRole('button', { name: key, exact: true }).tap();
    await page.getByRole('button', { name: 'Save changes' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect((await config(kiosk.url)).practice.name).toBe('abc');
  });
});

test.describe('after a clash', () => {
  test('"Load their changes" keeps mine when we changed different settings', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByLabel('Practice name').fill('My Change Surgery');
    await kiosk.writeSettings({ display: { dwellSeconds: 20 } });
    await expect.poll(async () => (await config(kiosk.url)).display.dwellSeconds).toBe(20);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Someone else saved changes while you were editing, so your changes have not been saved.');
    await page.getByRole('button', { name: 'Load their changes' }).click();
    await expect(page.getByRole('status')).toHaveText('Their changes are loaded and yours are kept. Save to put yours on the display too.');
    await expect(page.getByLabel('Practice name')).toHaveValue('My Change Surgery');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(displayHeading(page)).toHaveText('My Change Surgery');
    const saved = await config(kiosk.url);
    expect([saved.practice.name, saved.display.dwellSeconds]).toEqual(['My Change Surgery', 20]);
  });

  test('the same setting changed by both is shown as a conflict, and staff choose', async ({ page, kiosk }) => {
    await setPinByApi(kiosk.url, PIN);
    await page.goto(kiosk.url);
    await signInWithPin(page, PIN);
    await page.getByLabel('Practice name').fill('My Change Surgery');
    await kiosk.writeSettings({ practice: { name: 'Their Change Surgery' } });
    await expect(displayHeading(page)).toHaveText('Their Change Surgery');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Load their changes' }).click();
    const clash = page.getByRole('group', { name: 'You both changed these settings' });
    await expect(clash).toContainText('Practice name: yours “My Change Surgery”, theirs “Their Change Surgery”');
    await clash.getByRole('button', { name: 'Use theirs for these' }).click();
    await expect(page.getByLabel('Practice name')).toHaveValue('Their Change Surgery');
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });
});
