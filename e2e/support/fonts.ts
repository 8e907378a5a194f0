// What the browser actually drew text with: Chromium's DevTools protocol reports the platform
// fonts used for a node's text, so a test can tell a bundled Noto face from a system fallback
// (this machine has only DejaVu and Liberation, which would show up here, or boxes).
import type { Locator, Page } from '@playwright/test';

export interface UsedFont {
  readonly familyName: string;
  readonly isCustomFont: boolean;
  readonly glyphCount: number;
}

export async function fontsUsedBy(page: Page, element: Locator): Promise<UsedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const handle = await element.elementHandle();
    if (!handle) throw new Error('no element to inspect');
    // Playwright cannot hand its handle to CDP, so find the element again by a marker attribute.
    const marker = `font-probe-${Math.random().toString(36).slice(2)}`;
    await handle.evaluate((el, m) => el.setAttribute('data-font-probe', m), marker);
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => { const find = (root) => { const hit = root.querySelector('[data-font-probe="${marker}"]'); if (hit) return hit; for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; } } return null; }; return find(document); })()`,
    });
    if (!result.objectId) throw new Error('element not found through CDP');
    const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await handle.evaluate((el) => el.removeAttribute('data-font-probe'));
    return fonts.map((f) => ({ familyName: f.familyName, isCustomFont: f.isCustomFont, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}
