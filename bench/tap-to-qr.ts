// `node bench/tap-to-qr.ts [--taps 50]`: how long a patient waits between touching "Leave a
// review" (or "Make a complaint") and the QR code being on screen, on the real Node host in
// Debian's Chromium. The clock starts at the touch's own pointerdown timestamp and stops at the
// frame after the code's SVG is in the page (two animation frames: laid out, then presented).
// Prints median and 95th percentile; a benchmark, not a test, so nothing is asserted.
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';
import { startKioskServer } from '../e2e/support/kiosk-server.ts';
import { median, percentile } from './statistics.ts';

const { values } = parseArgs({ options: { taps: { type: 'string', default: '50' } } });
const taps = Number(values.taps);

const server = await startKioskServer({
  settings: { links: { complaints: 'https://threeways.example.nhs.uk/complaints?form=online' }, complaintsContact: { phone: '01234 567890' } },
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.addInitScript(() => {
    addEventListener('pointerdown', (e) => ((window as unknown as { tapAt: number }).tapAt = e.timeStamp), { capture: true });
  });
  await page.goto(server.url);
  await page.locator('invite-bar button.invite').waitFor();

  const results: Record<string, number[]> = { 'invite to menu': [], review: [], complaint: [] };
  for (let i = 0; i < taps; i++) {
    for (const screen of ['review', 'complaint'] as const) {
      results['invite to menu']!.push(await timeTap(page, 'invite-bar button.invite', 'button[data-screen]'));
      results[screen]!.push(await timeTap(page, `journey-menu button[data-screen="${screen}"]`, 'svg[shape-rendering="crispEdges"] path'));
      await page.locator('qr-screen button.done').tap();
      await page.locator('invite-bar button.invite').waitFor();
    }
  }
  process.stdout.write(`Tap to painted, ${taps} taps each, 1920x1080, Chromium ${browser.version()}\n`);
  for (const [name, ms] of Object.entries(results)) {
    process.stdout.write(`  ${name.padEnd(16)} median ${median(ms).toFixed(1)} ms   p95 ${percentile(ms, 95).toFixed(1)} ms   max ${Math.max(...ms).toFixed(1)} ms\n`);
  }
} finally {
  await browser.close();
  await server.stop();
}

/**
 * Taps `target` and returns ms from its pointerdown to the frame that shows `shown`, a selector
 * matched inside any one shadow root (so it names the element, not its host's tag).
 */
async function timeTap(page: Page, target: string, shown: string): Promise<number> {
  const painted = page.evaluate((selector) => {
    const find = (root: Document | ShadowRoot): boolean => {
      if (root.querySelector(selector)) return true;
      return Array.from(root.querySelectorAll('*')).some((el) => el.shadowRoot !== null && find(el.shadowRoot));
    };
    return new Promise<number>((resolve) => {
      const poll = () => (find(document) ? requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t))) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
  }, shown);
  painted.catch(() => undefined); // reported below, if the tap itself succeeds
  await page.locator(target).tap();
  const at = await painted;
  const tapAt = await page.evaluate(() => (window as unknown as { tapAt: number }).tapAt);
  return at - tapAt;
}
