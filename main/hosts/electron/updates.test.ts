// updates.ts with the recording stand-in for Electron and a fake electron-updater (the real one
// needs a packaged Electron app): what the glue asks of the updater, and when, over the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppUpdater, UpdateInfo } from 'electron-updater';
import { SettingsStore } from '../../core/settings-store.ts';
import { silentLogger } from '../../core/logger.ts';

vi.mock('electron', () => import('./stand-in/electron-stand-in.ts'));
const { manageUpdates } = await import('./updates.ts');

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  logger: unknown;
  isUserWithinRollout: (info: UpdateInfo) => boolean | Promise<boolean> = () => true;
  readonly log: string[] = [];
  setFeedURL(options: { provider: string; url: string }) {
    this.log.push(`feed ${options.provider} ${options.url}`);
  }
  async checkForUpdates() {
    this.log.push('check');
    return null;
  }
  quitAndInstall(silent: boolean, runAfter: boolean) {
    this.log.push(`install ${silent} ${runAfter}`);
  }
}

const FEED = 'https://updates.example.nhs.uk/kiosk/';
let dir: string;
let store: SettingsStore;
let updater: FakeUpdater;
let loads: number;
let now: Date;
let idle: number;
const stops: Array<() => void> = [];

function start() {
  const glue = manageUpdates(store, dir, silentLogger, {
    loadUpdater: async () => {
      loads += 1;
      return updater as unknown as AppUpdater;
    },
    idleSeconds: () => idle,
    now: () => now,
  });
  stops.push(glue.stop);
  return glue;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-updates-'));
  store = await SettingsStore.open(dir, silentLogger);
  updater = new FakeUpdater();
  loads = 0;
  now = new Date(2026, 10, 25, 12, 0); // a Wednesday, midday: open
  idle = 0;
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await rm(dir, { recursive: true, force: true });
});

const turnOn = () => store.save({ updates: { enabled: true, url: FEED }, openingHours: { enabled: true } }, undefined);

describe('manageUpdates', () => {
  it('never loads electron-updater while updates are off', async () => {
    await start().tick();
    await store.save({ updates: { enabled: true } }, undefined); // on, but nowhere to look
    await start().tick();
    expect(loads).toBe(0);
  });

  it('checks the generic feed once a day, across restarts, downloading in the background', async () => {
    await turnOn();
    const glue = start();
    await glue.tick();
    expect(updater.log).toEqual([`feed generic ${FEED}`, 'check']);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    now = new Date(2026, 10, 25, 23, 0);
    await glue.tick();
    await start().tick(); // a restart the same day
    expect(updater.log.filter((l) => l === 'check')).toHaveLength(1);
    now = new Date(2026, 10, 26, 12, 1);
    await glue.tick();
    expect(updater.log.filter((l) => l === 'check')).toHaveLength(2);
  });

  it('answers electron-updater’s rollout question from this kiosk’s stable bucket', async () => {
    await turnOn();
    await start().tick();
    const { kioskId } = JSON.parse(await readFile(join(dir, 'updates', 'state.json'), 'utf8')) as { kioskId: string };
    expect(kioskId).toMatch(/^[0-9a-f-]{36}$/);
    const info = (stagingPercentage?: number) => ({ version: '1.2.0', stagingPercentage }) as UpdateInfo;
    expect(await updater.isUserWithinRollout(info(0))).toBe(false);
    expect(await updater.isUserWithinRollout(info(100))).toBe(true);
    expect(await updater.isUserWithinRollout(info(undefined))).toBe(true);
  });

  it('installs a downloaded update only when the practice is closed and nobody is at the screen', async () => {
    await turnOn();
    const glue = start();
    await glue.tick();
    updater.emit('update-downloaded', { version: '1.2.0' });
    idle = 3600;
    await glue.tick(); // open, midday
    now = new Date(2026, 10, 25, 20, 0);
    idle = 30;
    await glue.tick(); // closed, but someone just touched it
    expect(updater.log.some((l) => l.startsWith('install'))).toBe(false);
    idle = 3600;
    await glue.tick();
    expect(updater.log.at(-1)).toBe('install true true');
  });
});
