// Finds a Chromium-family browser on this machine for the kiosk fallback (no Electron).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES: Record<string, readonly string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.KIOSK_BROWSER) return env.KIOSK_BROWSER;
  for (const candidate of CANDIDATES[platform] ?? CANDIDATES.linux ?? []) {
    if (candidate.includes('/') || candidate.includes('\\')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      const path = join(dir, candidate);
      if (dir && existsSync(path)) return path;
    }
  }
  return undefined;
}
