// What a receptionist does in the admin screens, as steps for the e2e tests: hold the corner,
// tap a PIN, type on the on-screen keyboard. Each returns how many taps it took, so a test can
// report the total a person would need.
import { expect, type Page } from '@playwright/test';
import { ACCENTS, UK_QWERTY } from '../../renderer/admin/keyboard-layout.ts';

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

/**
 * Types with the on-screen keyboard into the focused field, as a person would: Shift for capitals
 * and symbols, the accents layer (which goes back to letters after one) for accented letters,
 * dashes and quotes.
 */
export async function typeOnScreen(page: Page, text: string): Promise<number> {
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  const tap = (name: string) => keyboard.getByRole('button', { name, exact: true }).click();
  const find = (layer: typeof UK_QWERTY, c: string) => layer.flat().find((k) => k.kind === 'char' && (k.normal === c || k.shifted === c));
  let taps = 0;
  for (const char of text) {
    if (char === ' ') {
      await tap('Space');
      taps += 1;
      continue;
    }
    const letter = find(UK_QWERTY, char);
    const accented = letter ? undefined : find(ACCENTS, char);
    const key = letter ?? accented;
    if (!key || key.kind !== 'char') throw new Error(`the on-screen keyboard has no key for ${JSON.stringify(char)}`);
    if (accented) {
      await tap('Accents and symbols');
      taps += 1;
    }
    if (key.normal !== char) {
      await tap('Shift');
      taps += 1;
    }
    await tap(char);
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
