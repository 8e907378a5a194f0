// Shared fixtures: `kiosk` is a running host (settings from the `kioskSettings` option), and
// `pageProblems` collects console errors and CSP violations so any test can assert there were none.
import { test as base, expect, type Page } from '@playwright/test';
import { startKioskServer, type KioskServer } from './kiosk-server.ts';

export interface PageProblems {
  readonly consoleErrors: string[];
  cspViolations(): Promise<string[]>;
}

export const test = base.extend<{ kioskSettings: unknown; kiosk: KioskServer; pageProblems: PageProblems }>({
  kioskSettings: [undefined, { option: true }],
  kiosk: async ({ kioskSettings }, use) => {
    const server = await startKioskServer({ settings: kioskSettings });
    await use(server);
    await server.stop();
  },
  pageProblems: async ({ page }, use) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await use({
      consoleErrors,
      cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    });
  },
});

export { expect };

/** The key of the slide on screen. */
export function currentSlide(page: Page): Promise<string | null> {
  return page.locator('slide-show').getAttribute('data-current-slide');
}

export const KIOSK_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
