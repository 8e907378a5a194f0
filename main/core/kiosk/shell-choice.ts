// `npm start` picks the kiosk shell: Electron where a binary is on this machine, otherwise the
// Node host with the system's Chromium in kiosk mode (also the route for low-power hardware,
// chosen with KIOSK_SHELL=chromium). Never downloads anything: it only looks.
import { join } from 'node:path';

export type ShellChoice = { readonly shell: 'electron'; readonly executable: string } | { readonly shell: 'chromium'; readonly reason: string };

export interface ShellChoiceContext {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** node_modules/electron */
  readonly electronPackageDir: string;
  readonly exists: (path: string) => boolean;
  /** The file's text, or undefined when it is missing. */
  readonly readText: (path: string) => string | undefined;
}

/** Where the executable sits inside an Electron dist folder, as the electron package names it. */
export function electronExecutableName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export function chooseShell({ env, platform, electronPackageDir, exists, readText }: ShellChoiceContext): ShellChoice {
  if (env.KIOSK_SHELL === 'chromium') return { shell: 'chromium', reason: 'KIOSK_SHELL=chromium' };
  if (env.KIOSK_SHELL && env.KIOSK_SHELL !== 'electron') {
    throw new Error(`KIOSK_SHELL must be "electron" or "chromium", not "${env.KIOSK_SHELL}"`);
  }
  // The electron package records the executable's path inside dist/ in path.txt after a download.
  const recorded = readText(join(electronPackageDir, 'path.txt'))?.trim() || electronExecutableName(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded);
    if (exists(executable)) return { shell: 'electron', executable };
    return { shell: 'chromium', reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${executable})` };
  }
  const installed = join(electronPackageDir, 'dist', recorded);
  if (exists(installed)) return { shell: 'electron', executable: installed };
  return { shell: 'chromium', reason: 'no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron)' };
}
