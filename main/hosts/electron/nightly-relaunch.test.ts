// nightly-relaunch.ts wired to the recording stand-in for Electron and a real settings store,
// on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../core/logger.ts';
import { SettingsStore } from '../../core/settings-store.ts';

vi.mock('electron', () => import('./stand-in/electron-stand-in.ts'));
const { calls } = await import('./stand-in/electron-stand-in.ts');
const { scheduleNightlyRelaunch } = await import('./nightly-relaunch.ts');

let dir: string;
const relaunched = () => calls.includes('app.relaunch');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-relaunch-'));
  calls.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 22, 0)); // Monday 22:00
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ openingHours: { enabled: true, week: { tue: { open: '02:00', close: '18:30' } } } }));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('scheduleNightlyRelaunch', () => {
  it('relaunches at the next time the practice is closed, not before', async () => {
    const store = await SettingsStore.open(dir, silentLogger);
    // Tuesday opens at 02:00, so Tuesday 03:00 is skipped for Wednesday 03:00 (29 h away).
    scheduleNightlyRelaunch('03:00', store, silentLogger);
    vi.advanceTimersByTime(29 * 3_600_000 - 1);
    expect(relaunched()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(expect.arrayContaining(['app.relaunch', 'app.exit 0']));
  });

  it('moves the relaunch when the opening hours change', async () => {
    const store = await SettingsStore.open(dir, silentLogger);
    scheduleNightlyRelaunch('03:00', store, silentLogger);
    await store.save({ openingHours: { enabled: false } }, store.current().revision);
    vi.advanceTimersByTime(5 * 3_600_000); // Tuesday 03:00 is now allowed
    expect(relaunched()).toBe(true);
  });
});
