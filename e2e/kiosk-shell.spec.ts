// The Chromium fallback shell, tested where it can be: the real host opened by Debian's Chromium
// with exactly the flags `npm start` uses, and the page-wide kiosk behaviour the shells ask for.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { chromiumPath } from './support/chromium.ts';
import { devToolsPort, evaluateIn, pageTargets } from './support/devtools-client.ts';
import { kioskBrowserArgs } from '../main/hosts/node/kiosk-browser-args.ts';
import { KIOSK_USER, SCREEN, XKiosk, xSessionSkipReason } from './support/x-session.ts';
import { signIn } from './support/admin-client.ts';

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

// `npm start`'s Chromium fallback as a practice runs it: a real X display with a window manager,
// the browser as an ordinary user with the kiosk policy, keys from a keyboard. Recovery times are
// printed (test annotations) for the record; the 10 s limits are the issue's own.
test.describe('the Chromium fallback under X, as a kiosk user', () => {
  test.describe.configure({ mode: 'serial' });
  const skipReason = xSessionSkipReason();
  test.skip(skipReason !== undefined, skipReason);
  let session: XKiosk;
  let headerRows = 0;
  const NHS_BLUE = '0,94,184';

  /** What is on screen, in a word or a reason: "kiosk" is the one full-screen kiosk page at 100%. */
  const shown = (): string => {
    const windows = session.windows();
    if (windows.length !== 1) return `${windows.length} windows: ${windows.map((w) => w.name).join(' | ')}`;
    const [w] = windows;
    // A window the host reopened after Ctrl+W is a browser window, named so; the pixels below
    // show it has no tab strip or address bar either.
    if (!/^Waiting room( - Chromium)?$/.test(w!.name)) return `window "${w!.name}"`;
    if (w!.x !== 0 || w!.y !== 0 || w!.width !== SCREEN.width || w!.height !== SCREEN.height) return `window at ${w!.x},${w!.y} ${w!.width}x${w!.height}`;
    const edge = session.leftEdge();
    if (edge[0] !== NHS_BLUE) return `not the kiosk page (top-left pixel ${edge[0]})`;
    // The blue header's height in pixels: it grows and shrinks with the page's zoom.
    const rows = edge.findIndex((c) => c !== NHS_BLUE);
    if (headerRows && rows !== headerRows) return `zoomed (header ${rows} px high, ${headerRows} at 100%)`;
    return 'kiosk';
  };
  const since = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    session = await XKiosk.start();
  });
  test.afterAll(async () => {
    await session?.stop();
    expect(session?.browserProcesses().browser ?? []).toEqual([]);
  });

  test('starts full screen on the kiosk page, with the data directory printed', async () => {
    await expect.poll(shown, { timeout: 30_000 }).toBe('kiosk');
    headerRows = session.leftEdge().findIndex((c) => c !== NHS_BLUE);
    expect(headerRows).toBeGreaterThan(10);
    expect(session.output).toMatch(/^Data directory: \/.*data$/m);
  });

  for (const keys of ['ctrl+t', 'ctrl+n', 'ctrl+shift+n', 'ctrl+o', 'ctrl+s', 'ctrl+p', 'ctrl+j', 'F1', 'ctrl+plus', 'ctrl+minus', 'F12', 'ctrl+w', 'alt+F4']) {
    test(`${keys} leaves the kiosk the only window, full screen, at 100%, on its page`, async () => {
      test.setTimeout(40_000);
      await expect.poll(shown, { timeout: 15_000 }).toBe('kiosk');
      const [browserBefore] = session.browserProcesses().browser;
      const pressed = Date.now();
      session.key(keys);
      // Let whatever the key opens appear before looking.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await expect.poll(shown, { timeout: 10_000, message: `after ${keys}` }).toBe('kiosk');
      const restarted = session.browserProcesses().browser[0] !== browserBefore;
      test.info().annotations.push({ type: 'result', description: `${keys}: kiosk after ${since(pressed)}${restarted ? ' (browser restarted)' : ''}` });
      // No key needs a whole new browser: the page or the policy refuses it, a stray window is
      // closed, and a closed kiosk window is opened again in the running browser. (A zoom that got
      // through would show here too: the host restarts the browser to undo it.)
      expect(restarted).toBe(false);
    });
  }

  test('a closed browser is started again within 10 s', async () => {
    await expect.poll(shown, { timeout: 15_000 }).toBe('kiosk');
    const [browser] = session.browserProcesses().browser;
    const killed = Date.now();
    process.kill(browser!, 'SIGTERM');
    await expect.poll(() => session.browserProcesses().browser.some((pid) => pid !== browser), { timeout: 10_000 }).toBe(true);
    await expect.poll(shown, { timeout: 10_000 - (Date.now() - killed) }).toBe('kiosk');
    test.info().annotations.push({ type: 'result', description: `browser closed: kiosk back after ${since(killed)}` });
  });

  test('a crashed page is reloaded within 10 s', async () => {
    await expect.poll(shown, { timeout: 15_000 }).toBe('kiosk');
    const { browser, renderers } = session.browserProcesses();
    expect(renderers.length).toBeGreaterThan(0);
    const killed = Date.now();
    for (const pid of renderers) process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect.poll(shown, { timeout: 9_500 }).toBe('kiosk');
    expect(session.browserProcesses().browser).toEqual(browser);
    expect(session.output).toContain('The kiosk page crashed');
    test.info().annotations.push({ type: 'result', description: `renderer killed: slides back after ${since(killed)}` });
  });

  test('a frozen page is brought back (crashed, then a new browser)', async () => {
    test.setTimeout(60_000);
    await expect.poll(shown, { timeout: 15_000 }).toBe('kiosk');
    const { renderers } = session.browserProcesses();
    const frozen = Date.now();
    // SIGSTOP: the renderer neither answers nor can be told to crash, the worst kind of hang.
    for (const pid of renderers) process.kill(pid, 'SIGSTOP');
    await expect.poll(() => session.output.includes('The kiosk page has not answered'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => session.browserProcesses().renderers.some((pid) => !renderers.includes(pid)), { timeout: 20_000 }).toBe(true);
    await expect.poll(shown, { timeout: 15_000 }).toBe('kiosk');
    test.info().annotations.push({ type: 'result', description: `renderer frozen: slides back after ${since(frozen)}` });
  });

  test('a second kiosk on the same data directory says so and exits', () => {
    const dataDir = /^Data directory: (.*)$/m.exec(session.output)![1]!;
    const second = spawnSync('runuser', ['-u', KIOSK_USER, '--', session.node, 'main/hosts/node/start.ts', '--unlocked', '--data-dir', dataDir], {
      env: { ...process.env, KIOSK_SHELL: 'chromium', DISPLAY: session.display },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another kiosk \(pid \d+\) is already running/);
  });

  test('staff leaving kiosk mode close it for good: the host exits cleanly, no browser comes back', async () => {
    test.setTimeout(40_000);
    const url = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(session.output)![1]!;
    const staff = await signIn(url, '/pin', { pin: '482913' });
    expect((await staff.request('/shell/quit', { method: 'POST' })).status).toBe(202);
    expect(await session.hostExit).toBe(0);
    expect(session.browserProcesses().browser).toEqual([]);
    expect(session.windows()).toEqual([]);
  });
});

test('the Chromium fallback refuses to run its browser as root, in one line', () => {
  test.skip(process.getuid?.() !== 0, 'needs root');
  const started = spawnSync(process.execPath, ['main/hosts/node/start.ts', '--unlocked', '--data-dir', join(tmpdir(), `kiosk-root-${process.pid}`)], {
    env: { ...process.env, KIOSK_SHELL: 'chromium', KIOSK_BROWSER: chromiumPath() },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(started.status).toBe(1);
  expect(started.stderr.trim()).toMatch(/^Cannot start the kiosk: Refusing to run the kiosk browser as root[^\n]*$/);
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
