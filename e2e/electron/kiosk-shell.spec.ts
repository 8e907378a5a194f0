// The Electron kiosk end to end: full screen, locked down, recovering from a crash, and showing
// the same working page as in Chromium. Runs wherever an Electron binary is available.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { findElectronBinary, launchKiosk, type KioskElectron } from './electron-app.ts';
import { ACTIVE_SLIDE_SHOWN } from '../support/active-slide.ts';

const electronBinary = findElectronBinary();

const test = base.extend<{ kioskArgs: string[]; kiosk: KioskElectron }>({
  kioskArgs: [[], { option: true }],
  kiosk: async ({ kioskArgs }, use) => {
    const kiosk = await launchKiosk(electronBinary!, { practice: { name: 'Threeways Electron Surgery' } }, kioskArgs);
    await use(kiosk);
    await kiosk.close();
  },
});

test.skip(!electronBinary, 'no Electron binary: set ELECTRON_OVERRIDE_DIST_PATH');

test('shows the working page from app://kiosk/, as in Chromium', async ({ kiosk: { page } }) => {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Threeways Electron Surgery');
  await expect(page.locator('kiosk-slide[active]')).toHaveAttribute('data-slide', 'intro');
  const health = await page.evaluate(() => fetch('/api/health').then((r) => r.json()));
  expect(health).toMatchObject({ status: 'ok', settings: 'file' });
  // No Node in the page.
  expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  expect(problems).toEqual([]);
});

test('fills the screen in kiosk mode, with no menu, and will not close or leave full screen', async ({ kiosk: { app } }) => {
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
  const state = await app.evaluate(({ BrowserWindow, Menu }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    window.close();
    window.setFullScreen(false);
    return { windows: BrowserWindow.getAllWindows().length, kiosk: window.isKiosk(), menu: Menu.getApplicationMenu()};
  });
  expect(state).toMatchObject({ windows: 1, kiosk: true, menu: null });
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isFullScreen())).toBe(true);
});

test('refuses navigation away, new windows and links out', async ({ kiosk: { app, page } }) => {
  await expect(page.locator('kiosk-slide[active]')).toBeVisible();
  expect(await page.evaluate(() => window.open('https://www.nhs.uk/'))).toBeNull();
  await page.evaluate(() => {
    location.href = 'https://www.nhs.uk/';
  });
  await page.evaluate(() => {
    const a = Object.assign(document.createElement('a'), { href: 'file:///etc/passwd' });
    document.body.append(a);
    a.click();
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  await expect(page.locator('kiosk-slide[active]')).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});

test('denies every permission', async ({ kiosk: { page } }) => {
  await expect(page.locator('kiosk-slide[active]')).toBeVisible();
  const results = await page.evaluate(async () => ({
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    notifications: await Notification.requestPermission(),
    camera: await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
  }));
  expect(results.geolocation).toBe('denied');
  expect(results.notifications).toBe('denied');
  expect(results.camera).not.toBe('granted');
});

test('swallows reload, close and zoom keys', async ({ kiosk: { app, page } }) => {
  await expect(page.locator('kiosk-slide[active]')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  for (const key of ['Control+r', 'F5', 'Control+w', 'Alt+F4', 'Control+Equal', 'Control+Shift+i']) await page.keyboard.press(key);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await app.evaluate(({ BrowserWindow }) => [BrowserWindow.getAllWindows().length, BrowserWindow.getAllWindows()[0]!.webContents.getZoomFactor()])).toEqual([1, 1]);
});

test('recovers from a renderer crash by reloading the page', async ({ kiosk: { app } }) => {
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL())).toMatch(/^app:\/\/kiosk\//);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
  await expect
    .poll(
      () =>
        app.evaluate(({ BrowserWindow }, script) => {
          const contents = BrowserWindow.getAllWindows()[0]!.webContents;
          return contents.isCrashed() ? false : contents.executeJavaScript(script);
        }, ACTIVE_SLIDE_SHOWN),
      { timeout: 20_000 },
    )
    .toBe(true);
});

test('a hand edit to settings.json reaches the display live (server-sent events over app://)', async ({ kiosk: { page, dataDir } }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Threeways Electron Surgery');
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ practice: { name: 'Renamed Surgery' } }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed Surgery', { timeout: 10_000 });
});

test.describe('on touch-only hardware', () => {
  test.use({ kioskArgs: ['--cursor', 'hidden'] });

  test('hides the pointer', async ({ kiosk: { page } }) => {
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
  });
});
