// The Chromium fallback shell, tested where it can be: the real host opened by Debian's Chromium
// with exactly the flags `npm start` uses, and the page-wide kiosk behaviour the shells ask for.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { chromiumPath } from './support/chromium.ts';
import { devToolsPort, evaluateIn, pageTargets } from './support/devtools-client.ts';
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
    // Chromium's helper processes may still be writing to the profile just after the browser exits.
    if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  test('starts with the kiosk flags and shows the working page, full screen, with no browser UI', async ({ kiosk }) => {
    test.setTimeout(90_000);
    profile = await mkdtemp(join(tmpdir(), 'kiosk-fallback-'));
    // Headless for the test machine; no sandbox only where Chromium refuses it (running as root).
    const testOnly = ['--headless', '--disable-gpu', '--remote-debugging-port=0', '--window-size=1920,1080', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const args = [...kioskBrowserArgs(kiosk.url, profile), ...testOnly];
    browserProcess = spawn(chromiumPath(), args, { stdio: 'ignore' });
    const port = await devToolsPort(profile);
    // --app opens the kiosk and nothing else: one page, at the kiosk's address.
    await expect.poll(async () => (await pageTargets(port)).map((t) => t.url), { timeout: 15_000 }).toEqual([kiosk.url]);
    const [target] = await pageTargets(port);
    // The first ask can meet the page between documents; ask again until it answers.
    let shown = { heading: '', inner: [0], outer: [1] };
    await expect(async () => {
      shown = await evaluateIn(target!, `(${waitForWorkingPage.toString()})()`, 10_000);
    }).toPass({ timeout: 30_000 });
    expect(shown.heading).not.toBe('');
    // --app with --kiosk: the page fills the window; there is no tab strip or address bar.
    expect(shown.inner).toEqual(shown.outer);
  });
});

/** Runs in the page: waits for a slide on screen under the practice's name. */
function waitForWorkingPage(): Promise<{ heading: string; inner: number[]; outer: number[] }> {
  const find = (root: Document | ShadowRoot, selector: string): Element | null => {
    const here = root.querySelector(selector);
    if (here) return here;
    for (const host of root.querySelectorAll('*')) {
      const inner = host.shadowRoot && find(host.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  return new Promise((resolve) => {
    const look = () => {
      const slide = find(document, 'kiosk-slide[active]');
      const heading = find(document, 'h1')?.textContent?.trim() ?? '';
      if (slide?.checkVisibility() && heading) resolve({ heading, inner: [innerWidth, innerHeight], outer: [outerWidth, outerHeight] });
      else setTimeout(look, 50);
    };
    look();
  });
}
