import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium.ts';

// End-to-end tests drive the real Node host (started per test with its own data directory) in
// Debian's Chromium. Playwright's own browser downloads are never used. e2e/electron runs the
// Electron kiosk where a binary is available (ELECTRON_OVERRIDE_DIST_PATH).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    launchOptions: chromiumLaunchOptions(),
    // Action log and timings of a failed test, but no DOM snapshots or screencast: those tripled
    // the suite's time (each action serialised the whole page). E2E_TRACE=full records them too.
    trace: process.env.E2E_TRACE === 'full' ? 'retain-on-failure' : { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: 'electron/**' },
    // The Electron kiosk via Playwright's _electron.launch; skips itself without a binary.
    { name: 'electron', testMatch: 'electron/**/*.spec.ts', workers: 1 },
  ],
});
