// power.ts wired to the recording stand-in for Electron and a real settings store, on fake
// timers: the display is kept awake exactly while the practice is open, and follows edits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../core/logger.ts';
import { SettingsStore } from '../../core/settings-store.ts';

vi.mock('electron', () => import('./stand-in/electron-stand-in.ts'));
const { powerSaveBlocker, powerMonitor } = await import('./stand-in/electron-stand-in.ts');
const { manageDisplaySleep } = await import('./power.ts');

let dir: string;
let stop: (() => void) | undefined;
const awake = () => powerSaveBlocker.active.size;

async function storeWith(settings: unknown): Promise<SettingsStore> {
  await writeFile(join(dir, 'settings.json'), JSON.stringify(settings));
  return SettingsStore.open(dir, silentLogger);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-power-'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Monday 23 November 2026, 07:59 local time.
  vi.setSystemTime(new Date(2026, 10, 23, 7, 59));
});
afterEach(async () => {
  stop?.();
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('manageDisplaySleep', () => {
  it('lets the display sleep until opening, keeps it awake until closing, then lets it sleep', async () => {
    const store = await storeWith({ openingHours: { enabled: true, week: { mon: { open: '08:00', close: '18:30' } } } });
    stop = manageDisplaySleep(store, silentLogger);
    expect(awake()).toBe(0);
    vi.advanceTimersByTime(60_000); // 08:00
    expect(awake()).toBe(1);
    vi.advanceTimersByTime((10 * 60 + 29) * 60_000); // 18:29
    expect(awake()).toBe(1);
    vi.advanceTimersByTime(60_000); // 18:30
    expect(awake()).toBe(0);
  });

  it('follows a change to the opening hours at once', async () => {
    const store = await storeWith({ openingHours: { enabled: true, week: {} } });
    stop = manageDisplaySleep(store, silentLogger);
    expect(awake()).toBe(0);
    const saved = await store.save({ openingHours: { enabled: false } }, store.current().revision);
    expect(saved.ok).toBe(true);
    expect(awake()).toBe(1);
  });

  it('looks again when the machine wakes from sleep', async () => {
    const store = await storeWith({ openingHours: { enabled: true, week: { mon: { open: '08:00', close: '18:30' } } } });
    stop = manageDisplaySleep(store, silentLogger);
    vi.setSystemTime(new Date(2026, 10, 23, 9, 0)); // the clock jumped; no timer has fired
    powerMonitor.emit('resume');
    expect(awake()).toBe(1);
  });

  it('releases the display when stopped', async () => {
    const store = await storeWith({});
    stop = manageDisplaySleep(store, silentLogger);
    expect(awake()).toBe(1);
    stop();
    stop = undefined;
    expect(awake()).toBe(0);
  });
});
