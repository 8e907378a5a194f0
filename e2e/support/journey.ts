// Helpers for the patient journey tests: taps that are counted, and QR codes read back from the
// pixels on screen with a real decoder (jsQR), as a phone would.
import type { Locator, Page } from '@playwright/test';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS: under Node's resolution its function is the module's `default`.
const jsQR = jsqr.default;

export const INVITE = 'Touch here to leave a review or make a complaint';

/** Taps (touch, not click) and counts them, so a test can hold the journey to its tap budget. */
export class TapCounter {
  count = 0;
  async tap(target: Locator): Promise<void> {
    await target.tap();
    this.count++;
  }
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
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    // Lines, not glyph extents: a clipping box overflows when its content is wider than it or a
    // child's lines end below its content edge. (Fonts such as Nastaliq declare ascent and
    // descent far beyond the line box, so scrollHeight would count every last line as cut.)
    const linesOverflow = (el: Element, style: CSSStyleDeclaration) => {
      if (el.scrollWidth > el.clientWidth + 1) return true;
      const end = el.getBoundingClientRect().bottom - parseFloat(style.paddingBlockEnd) - parseFloat(style.borderBlockEndWidth);
      return [...el.children].some((child) => child.getBoundingClientRect().bottom > end + 1);
    };
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
        if (['hidden', 'clip'].includes(style.overflow) && linesOverflow(el, style)) problems.push(`${name} clips its content`);
      }
    };
    visit(document.querySelector('kiosk-app')!.shadowRoot!);
    return problems;
  });
}
