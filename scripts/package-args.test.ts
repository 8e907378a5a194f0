import { describe, expect, it } from 'vitest';
import { electronBuilderArgs } from './package-args.ts';

describe('electronBuilderArgs', () => {
  it('builds from electron-builder.yml and never publishes', () => {
    expect(electronBuilderArgs(['--linux'], {})).toEqual(['--config', 'electron-builder.yml', '--publish', 'never', '--linux']);
  });

  it('uses a local Electron for offline builds, KIOSK_ELECTRON_DIST first', () => {
    expect(electronBuilderArgs(['--win'], { KIOSK_ELECTRON_DIST: '/opt/electron-win', ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }).at(-1)).toBe('--config.electronDist=/opt/electron-win');
    expect(electronBuilderArgs(['--linux'], { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }).at(-1)).toBe('--config.electronDist=/opt/e');
  });

  it('leaves an electronDist given on the command line alone', () => {
    const args = electronBuilderArgs(['--linux', '--config.electronDist=/x'], { KIOSK_ELECTRON_DIST: '/y' });
    expect(args.filter((a) => a.includes('electronDist'))).toEqual(['--config.electronDist=/x']);
  });
});
