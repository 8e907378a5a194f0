// Launches the real Electron kiosk (the built dist/main/main.cjs on this repository) with
// Playwright, in a fresh data directory. The binary comes from ELECTRON_OVERRIDE_DIST_PATH or
// an installed node_modules/electron/dist; none is ever downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { chooseShell } from '../../main/core/kiosk/shell-choice.ts';

const appRoot = fileURLToPath(new URL('../../', import.meta.url));

export function findElectronBinary(): string | undefined {
  const choice = chooseShell({
    env: { ...process.env, KIOSK_SHELL: undefined },
    platform: process.platform,
    electronPackageDir: join(appRoot, 'node_modules', 'electron'),
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  });
  return choice.shell === 'electron' ? choice.executable : undefined;
}

export interface KioskElectron {
  readonly app: ElectronApplication;
  readonly page: Page;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function launchKiosk(executablePath: string, settings?: unknown, extraArgs: readonly string[] = []): Promise<KioskElectron> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-electron-'));
  if (settings !== undefined) await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings));
  // Chromium refuses its sandbox to root; CI containers often run as root.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({ executablePath, args: [appRoot, '--data-dir', dataDir, ...extraArgs, ...rootOnly], timeout: 30_000 });
  const page = await app.firstWindow();
  return {
    app,
    page,
    dataDir,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
