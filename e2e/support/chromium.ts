// Debian's Chromium (same engine as Electron 45), with the flags that keep it from reaching for
// the network at start-up. CHROMIUM_PATH overrides the location.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROMIUM_PATH`);
  return path;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  };
}
