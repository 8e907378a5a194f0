// Helpers for the patient journey tests: taps counted as the page received them, and QR codes read back from the
// pixels on screen with a real decoder (jsQR), as a phone would.
import type { Page } from '@playwright/test';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { linesOverflow, withMeasureLines, type LineMeasure } from './overflow.ts';

// jsqr is CommonJS: under Node's resolution its function is the module's `default`.
const jsQR = jsqr.default;

export const INVITE = 'Touch here to leave a review or make a complaint';

/**
 * Starts counting the taps the page receives (each primary pointerdown, whether a touch or a
 * click), so a test holds the journey to its tap budget by what reached the screen, not by what
 * the test meant to do. Returns a function that reads the count.
 */
export async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { taps: number };
    counted.taps = 0;
    addEventListener('pointerdown', (event) => event.isPrimary && counted.taps++, { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { taps: number }).taps);
}

/** The text of the QR code on screen, decoded from a screenshot of it; null if none reads. */
export async function readQrCode(page: Page): Promise<string | null> {
  const code = page.locator('qr-code');
  await code.locator('svg').waitFor();
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Everything that must never happen on a kiosk screen: scrolling, or a control outside the screen. */
export async function layoutProblems(page: Page): Promise<string[]> {
  const { problems, clipping } = await page.evaluate(withMeasureLines(findLayoutProblems));
  // A clipping box must hold its lines, by the same definition the fit-text controller uses.
  return [...problems, ...clipping.filter((box) => linesOverflow(box.lines)).map((box) => `${box.name} clips its content`)];
}

/** Runs in the page (see withMeasureLines): uses nothing but its argument and the DOM. */
function findLayoutProblems(measureLines: (box: Element) => LineMeasure) {
  const problems: string[] = [];
  const clipping: { name: string; lines: LineMeasure }[] = [];
  const root = document.documentElement;
  if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) problems.push('the page scrolls');
  const visit = (node: Element | ShadowRoot): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-screen') ? `[${el.getAttribute('data-screen')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (el instanceof HTMLButtonElement || el.tagName === 'QR-CODE' || el.tagName === 'H2') {
        if (box.top < -1 || box.left < -1 || box.bottom > innerHeight + 1 || box.right > innerWidth + 1) problems.push(`${name} is off screen`);
      }
      if (el instanceof HTMLButtonElement && (box.width < 48 || box.height < 48)) problems.push(`${name} is ${box.width}x${box.height}`);
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${name} scrolls`);
      if (['hidden', 'clip'].includes(style.overflow)) clipping.push({ name, lines: measureLines(el) });
    }
  };
  visit(document.querySelector('kiosk-app')!.shadowRoot!);
  return { problems, clipping };
}
