import { describe, expect, it } from 'vitest';
import { loginItemArgs } from './login-item.ts';

const installed = { platform: 'win32' as const, isPackaged: true, argv: ['C:\\Program Files\\Waiting Room Kiosk\\Waiting Room Kiosk.exe'], env: {} };

describe('loginItemArgs', () => {
  it('registers the installed Windows app with no arguments by default', () => {
    expect(loginItemArgs(installed)).toEqual([]);
  });

  it('keeps the kiosk’s own options, in both spellings, and drops everything else', () => {
    const argv = [installed.argv[0]!, '--data-dir', 'D:\\kiosk', '--cursor=hidden', '--dev', '--inspect=9229', '--relaunch-at', '03:00'];
    expect(loginItemArgs({ ...installed, argv })).toEqual(['--data-dir', 'D:\\kiosk', '--cursor=hidden', '--relaunch-at', '03:00']);
  });

  it('does nothing on Linux or macOS, unpackaged, or when switched off', () => {
    expect(loginItemArgs({ ...installed, platform: 'linux' })).toBeUndefined();
    expect(loginItemArgs({ ...installed, platform: 'darwin' })).toBeUndefined();
    expect(loginItemArgs({ ...installed, isPackaged: false })).toBeUndefined();
    expect(loginItemArgs({ ...installed, env: { KIOSK_NO_AUTOSTART: '1' } })).toBeUndefined();
  });
});
