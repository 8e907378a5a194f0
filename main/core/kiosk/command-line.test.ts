import { describe, expect, it } from 'vitest';
import { parseElectronArgs } from './command-line.ts';

const dev = { isPackaged: false, env: { XDG_CONFIG_HOME: '/home/k/.config' }, platform: 'linux' as const };
const packaged = { ...dev, isPackaged: true };

describe('parseElectronArgs', () => {
  it('defaults to the platform data directory, no devtools, automatic cursor, no relaunch', () => {
    expect(parseElectronArgs([], dev)).toEqual({ dataDir: '/home/k/.config/waiting-room-kiosk', devTools: false, cursor: 'auto', relaunchAt: undefined, remotePort: 8088 });
  });

  it('takes --data-dir, in both spellings, over KIOSK_DATA_DIR', () => {
    expect(parseElectronArgs(['--data-dir', '/srv/kiosk'], dev).dataDir).toBe('/srv/kiosk');
    expect(parseElectronArgs(['--data-dir=/srv/kiosk'], { ...dev, env: { KIOSK_DATA_DIR: '/other' } }).dataDir).toBe('/srv/kiosk');
    expect(parseElectronArgs([], { ...dev, env: { KIOSK_DATA_DIR: '/other' } }).dataDir).toBe('/other');
  });

  it('allows devtools with --dev only when not packaged', () => {
    expect(parseElectronArgs(['--dev'], dev).devTools).toBe(true);
    expect(parseElectronArgs(['--dev'], packaged).devTools).toBe(false);
  });

  it('ignores the app path, Chromium switches and inspector switches Electron passes along', () => {
    const argv = ['.', '--no-sandbox', '--inspect=0', '--remote-debugging-port=0', '--enable-logging', '--data-dir', '/d'];
    expect(parseElectronArgs(argv, dev)).toMatchObject({ dataDir: '/d', devTools: false });
  });

  it('checks --cursor and --relaunch-at and says what is wrong', () => {
    expect(parseElectronArgs(['--cursor', 'hidden', '--relaunch-at', '03:00'], dev)).toMatchObject({ cursor: 'hidden', relaunchAt: '03:00' });
    expect(() => parseElectronArgs(['--cursor', 'off'], dev)).toThrow('--cursor must be one of auto, hidden, visible, not "off"');
    expect(() => parseElectronArgs(['--relaunch-at', '3am'], dev)).toThrow('--relaunch-at must be a 24-hour time such as 03:00, not "3am"');
    expect(() => parseElectronArgs(['--relaunch-at'], dev)).toThrow(/--relaunch-at/);
  });

  it('takes the reception-desk port, and refuses one that is not a port', () => {
    expect(parseElectronArgs(['--remote-port', '9000'], dev).remotePort).toBe(9000);
    expect(parseElectronArgs([], { ...dev, env: { KIOSK_REMOTE_PORT: '9001' } }).remotePort).toBe(9001);
    expect(() => parseElectronArgs(['--remote-port', '70000'], dev)).toThrow('--remote-port must be a whole number from 0 to 65535, not "70000"');
  });

  it('reads KIOSK_CURSOR and KIOSK_RELAUNCH_AT from the environment', () => {
    expect(parseElectronArgs([], { ...dev, env: { KIOSK_CURSOR: 'hidden', KIOSK_RELAUNCH_AT: '02:30' } })).toMatchObject({ cursor: 'hidden', relaunchAt: '02:30' });
  });
});
