import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chooseShell, electronExecutableName, type ShellChoiceContext } from './shell-choice.ts';

const pkg = join('/app', 'node_modules', 'electron');

function context(files: Record<string, string>, env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux'): ShellChoiceContext {
  return { env, platform, electronPackageDir: pkg, exists: (path) => path in files, readText: (path) => files[path] };
}

describe('chooseShell', () => {
  it('falls back to Chromium, saying why, when there is no Electron binary (as here)', () => {
    expect(chooseShell(context({}))).toEqual({ shell: 'chromium', reason: 'no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron)' });
  });

  it('uses the binary the electron package installed, at the path it recorded', () => {
    const executable = join(pkg, 'dist', 'electron');
    expect(chooseShell(context({ [join(pkg, 'path.txt')]: 'electron', [executable]: '' }))).toEqual({ shell: 'electron', executable });
  });

  it('does not trust path.txt alone: the binary must be there', () => {
    expect(chooseShell(context({ [join(pkg, 'path.txt')]: 'electron' })).shell).toBe('chromium');
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the platform’s executable name', () => {
    const executable = join('/opt/electron', 'electron.exe');
    expect(chooseShell(context({ [executable]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, 'win32'))).toEqual({ shell: 'electron', executable });
  });

  it('says so when ELECTRON_OVERRIDE_DIST_PATH points at nothing', () => {
    const choice = chooseShell(context({ [join(pkg, 'dist', 'electron')]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }));
    expect(choice).toEqual({ shell: 'chromium', reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${join('/nowhere', 'electron')})` });
  });

  it('takes Chromium when asked, even with Electron present', () => {
    expect(chooseShell(context({ [join(pkg, 'dist', 'electron')]: '' }, { KIOSK_SHELL: 'chromium' }))).toEqual({ shell: 'chromium', reason: 'KIOSK_SHELL=chromium' });
    expect(() => chooseShell(context({}, { KIOSK_SHELL: 'firefox' }))).toThrow('KIOSK_SHELL must be "electron" or "chromium", not "firefox"');
  });

  it('knows each platform’s executable name', () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
