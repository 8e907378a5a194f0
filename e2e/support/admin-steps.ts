// What a receptionist does in the admin screens, as steps for the e2e tests: hold the corner,
// tap a PIN, type on the on-screen keyboard. Each returns how many taps it took, so a test can
// report the total a person would need.
import { expect, type Page } from '@playwright/test';

/** Presses and holds the top-left corner until the admin screen opens (five seconds). */
export async function holdCorner(page: Page): Promise<number> {
  await expect(page.locator('admin-corner')).toBeAttached();
  await page.mouse.move(40, 40);
  await page.mouse.down();
  await expect(page.locator('admin-shell')).toBeAttached({ timeout: 8_000 });
  await page.mouse.up();
  return 1;
}

export async function tapPin(page: Page, pin: string): Promise<number> {
  const pad = page.locator('pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'OK' }).click();
  return pin.length + 1;
}

/** Types with the on-screen keyboard into the focused field, using Shift for capitals and symbols. */
export async function typeOnScreen(page: Page, text: string): Promise<number> {
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  let taps = 0;
  for (const char of text) {
    if (char === ' ') {
      await keyboard.getByRole('button', { name: 'Space' }).click();
      taps += 1;
      continue;
    }
    const plain = keyboard.getByRole('button', { name: char, exact: true });
    if ((await plain.count()) === 0) {
      await keyboard.getByRole('button', { name: 'Shift' }).click();
      taps += 1;
    }
    await keyboard.getByRole('button', { name: char, exact: true }).click();
    taps += 1;
  }
  return taps;
}

/** Sets the PIN through the API, as if staff had done it on an earlier day. */
export async function setPinByApi(url: string, pin: string): Promise<void> {
  const response = await fetch(`${url}api/admin/pin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin }) });
  expect(response.status).toBe(201);
}

export async function signInWithPin(page: Page, pin: string): Promise<void> {
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Enter the staff PIN' })).toBeVisible();
  await tapPin(page, pin);
  await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
}

export function displayHeading(page: Page) {
  return page.locator('kiosk-app').locator('header > h1').first();
}
