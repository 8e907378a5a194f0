// The Chromium fallback shell, tested where it can be: the real host opened by Debian's Chromium
// with exactly the flags `npm start` uses, and the page-wide kiosk behaviour the shells ask for.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { chromiumPath } from './support/chromium.ts';
import { kioskBrowserArgs } from '../main/hosts/node/kiosk-browser-args.ts';

test.describe('page-wide kiosk behaviour', () => {
  test('hides the pointer when the shell asks, and shows it otherwise where a mouse is', async ({ page, kiosk }) => {
    await page.goto(`${kiosk.url}?cursor=hidden`);
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.dataset.cursor, getComputedStyle(document.body).cursor])).toEqual(['hidden', 'none']);
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.dataset.cursor, getComputedStyle(document.body).cursor])).toEqual(['auto', 'auto']);
  });

  test('opens no context menu on a long press or right click', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(page.locator('kiosk-slide[active]')).toBeVisible();
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('kiosk-app')!.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });
});

test.describe('the Chromium fallback', () => {
  let browserProcess: ChildProcess | undefined;
  let profile: string | undefined;
  test.afterEach(async () => {
    if (browserProcess && browserProcess.exitCode === null) {
      const exited = new Promise((resolve) => browserProcess!.once('exit', resolve));
      browserProcess.kill('SIGTERM');
      await exited;
    }
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test('starts with the kiosk flags and shows the working page, full screen, with no browser UI', async ({ kiosk }) => {
    profile = await mkdtemp(join(tmpdir(), 'kiosk-fallback-'));
    // Headless for the test machine; no sandbox only where Chromium refuses it (running as root).
    const testOnly = ['--headless', '--disable-gpu', '--remote-debugging-port=0', '--window-size=1920,1080', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const args = [...kioskBrowserArgs(kiosk.url, profile), ...testOnly];
    browserProcess = spawn(chromiumPath(), args, { stdio: 'ignore' });
    const port = await devToolsPort(profile);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const pages = () => browser.contexts().flatMap((context) => context.pages());
      await expect.poll(() => pages().map((p) => p.url()), { timeout: 15_000 }).toContain(kiosk.url);
      const page = pages().find((p) => p.url() === kiosk.url)!;
      await expect(page.locator('kiosk-slide[active]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      // --app with --kiosk: the page fills the window; there is no tab strip or address bar.
      const size = await page.evaluate(() => ({ inner: [innerWidth, innerHeight], outer: [outerWidth, outerHeight] }));
      expect(size.inner).toEqual(size.outer);
      // The incognito profile keeps nothing between runs.
      expect(browser.contexts()).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });
});

/** Chromium writes its debugging port into the profile once it listens. */
async function devToolsPort(profile: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open its debugging port in time');
}
