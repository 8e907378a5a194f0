// recovery.ts wired to the recording stand-in for Electron (the real module is never loaded in
// plain Node), on fake timers: what happens to a hung page, and to a crash, over time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../core/logger.ts';
import { CrashBackoff } from '../../core/kiosk/crash-backoff.ts';

vi.mock('electron', () => import('./stand-in/electron-stand-in.ts'));
const { BrowserWindow, calls } = await import('./stand-in/electron-stand-in.ts');
const { recoverFromCrashes } = await import('./recovery.ts');

const START = 'app://kiosk/';
let window: InstanceType<typeof BrowserWindow>;

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  window = new BrowserWindow({});
  recoverFromCrashes(window as never, START, silentLogger, new CrashBackoff({ firstDelayMs: 1000, maxDelayMs: 8000, relaunchAfter: 3, windowMs: 60_000 }));
});
afterEach(() => vi.useRealTimers());

describe('recoverFromCrashes', () => {
  it('crashes a page that stays hung for 15 s, so the crash path reloads it', () => {
    window.fire('unresponsive');
    vi.advanceTimersByTime(14_999);
    expect(window.webContents.crashed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.webContents.crashed).toBe(1);
  });

  it('leaves a page alone that becomes responsive again in time', () => {
    window.fire('unresponsive');
    vi.advanceTimersByTime(10_000);
    window.fire('responsive');
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.crashed).toBe(0);
  });

  it('reloads the start page after a crash, waiting longer each time', () => {
    window.webContents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    vi.advanceTimersByTime(999);
    expect(window.loaded).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(window.loaded).toEqual([START]);
    window.webContents.fire('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    vi.advanceTimersByTime(1999);
    expect(window.loaded).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(window.loaded).toEqual([START, START]);
  });

  it('treats a failed main-frame load as a failure, but not an aborted one', () => {
    window.webContents.fire('did-fail-load', {}, -3, 'ERR_ABORTED', START, true);
    window.webContents.fire('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://kiosk/x.png', false);
    vi.advanceTimersByTime(10_000);
    expect(window.loaded).toEqual([]);
    window.webContents.fire('did-fail-load', {}, -2, 'ERR_FAILED', START, true);
    vi.advanceTimersByTime(1000);
    expect(window.loaded).toEqual([START]);
  });

  it('relaunches instead of reloading once failures pile up', () => {
    for (let i = 0; i < 3; i++) window.webContents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(calls).toEqual(expect.arrayContaining(['app.relaunch', 'app.exit 0']));
  });
});
