import { describe, expect, it } from 'vitest';
import { CrashBackoff } from './crash-backoff.ts';
import {
  BROWSER_RESTART_BACKOFF,
  EARLY_EXIT_MS,
  afterBrowserExit,
  consoleLogLine,
  isHung,
  isStrayWindow,
  lastLines,
  lockVerdict,
  profileName,
  reuseProfile,
  rootRefusal,
  screenSizeFrom,
  staleProfiles,
  zoomIsOff,
} from './browser-supervision.ts';

describe('afterBrowserExit', () => {
  it('starts a browser that ran a while again at once (it was closed, not broken)', () => {
    expect(afterBrowserExit(false, EARLY_EXIT_MS, () => ({ action: 'reload', delayMs: 4_000 }))).toEqual({ restart: true, delayMs: 0 });
  });

  it('backs off a browser that exits as it starts, from 250 ms to never more than 8 s', () => {
    const backoff = new CrashBackoff(BROWSER_RESTART_BACKOFF);
    const delays = Array.from({ length: 30 }, (_, n) => afterBrowserExit(false, 500, () => backoff.recordFailure(n * 1_000)));
    expect(delays.every((d) => d.restart)).toBe(true);
    const ms = delays.map((d) => (d.restart ? d.delayMs : -1));
    expect(ms.slice(0, 3)).toEqual([250, 500, 1_000]);
    expect(Math.max(...ms)).toBe(8_000);
  });

  it('does not start it again once the kiosk is stopping (staff left kiosk mode, or the host stops)', () => {
    expect(afterBrowserExit(true, 60_000, () => ({ action: 'reload', delayMs: 0 }))).toEqual({ restart: false, reason: 'the kiosk is stopping' });
  });
});

describe('isStrayWindow', () => {
  const target = (targetId: string, type: string, url = 'chrome://newtab/') => ({ targetId, type, url });
  it('closes every other tab, window and popup, and leaves the kiosk page', () => {
    expect(isStrayWindow(target('new', 'page'), 'kiosk')).toBe(true);
    expect(isStrayWindow(target('help', 'page', 'https://support.google.com/chrome'), 'kiosk')).toBe(true);
    expect(isStrayWindow(target('devtools', 'other', 'devtools://devtools/bundled/devtools_app.html'), 'kiosk')).toBe(true);
    expect(isStrayWindow(target('kiosk', 'page', 'http://127.0.0.1:4000/'), 'kiosk')).toBe(false);
  });
  it('leaves the page\'s own workers alone', () => {
    expect(isStrayWindow(target('w', 'service_worker'), 'kiosk')).toBe(false);
    expect(isStrayWindow(target('w', 'worker'), 'kiosk')).toBe(false);
  });
});

describe('isHung and zoomIsOff', () => {
  it('calls a page hung only after the timeout without an answer', () => {
    expect(isHung(1_000, 8_000, 8_000)).toBe(false);
    expect(isHung(1_000, 9_001, 8_000)).toBe(true);
  });
  it('notices any zoom away from the first measure, on any screen density', () => {
    expect(zoomIsOff(1, 1)).toBe(false);
    expect(zoomIsOff(2, 2)).toBe(false);
    expect(zoomIsOff(1.1, 1)).toBe(true);
    expect(zoomIsOff(0.9 * 2, 2)).toBe(true);
  });
});

describe('rootRefusal', () => {
  it('refuses root in one line, and nobody else', () => {
    expect(rootRefusal(0)).toMatch(/^Refusing to run the kiosk browser as root[^\n]*$/);
    expect(rootRefusal(1000)).toBeUndefined();
    expect(rootRefusal(undefined)).toBeUndefined();
  });
});

describe('lockVerdict', () => {
  const alive = (pids: number[]) => (pid: number) => pids.includes(pid);
  it('refuses a second kiosk while the first runs', () => {
    expect(lockVerdict('4242\n', 100, alive([4242]))).toEqual({ take: false, holder: 4242 });
  });
  it('takes a lock that is missing, unreadable, ours, or left by a host that is gone', () => {
    expect(lockVerdict(undefined, 100, alive([]))).toEqual({ take: true });
    expect(lockVerdict('garbage', 100, alive([]))).toEqual({ take: true });
    expect(lockVerdict('100', 100, alive([100]))).toEqual({ take: true });
    expect(lockVerdict('4242', 100, alive([]))).toEqual({ take: true });
  });
});

describe('screenSizeFrom', () => {
  it('reads xrandr and xdpyinfo', () => {
    expect(screenSizeFrom('Screen 0: minimum 1 x 1, current 1280 x 800, maximum 32767 x 32767')).toEqual({ width: 1280, height: 800 });
    expect(screenSizeFrom('screen #0:\n  dimensions:    1920x1080 pixels (508x285 millimeters)')).toEqual({ width: 1920, height: 1080 });
    expect(screenSizeFrom('Can\'t open display')).toBeUndefined();
  });
});

describe('staleProfiles', () => {
  it('removes profiles whose host is gone, and leaves a running host\'s and anything else', () => {
    const names = [`${profileName(111)}abc`, `${profileName(222)}def`, 'kiosk-browser-Xy12', 'other-dir', 'kiosk-fallback-1'];
    expect(staleProfiles(names, (pid) => pid === 222)).toEqual([`${profileName(111)}abc`, 'kiosk-browser-Xy12']);
  });
});

describe('lastLines and consoleLogLine', () => {
  it('keeps the last non-empty lines of a browser\'s output', () => {
    expect(lastLines('a\n\nb\r\nc\n', 2)).toEqual(['b', 'c']);
  });
  it('logs the page\'s errors and nothing else', () => {
    expect(consoleLogLine('error', 'boom')).toBe('Page console error: boom');
    expect(consoleLogLine('log', 'hello')).toBeUndefined();
  });
});

describe('reuseProfile', () => {
  it('keeps a closed browser\'s warm profile, and starts fresh after a failed start or when asked', () => {
    expect(reuseProfile(EARLY_EXIT_MS, false)).toBe(true);
    expect(reuseProfile(EARLY_EXIT_MS - 1, false)).toBe(false);
    expect(reuseProfile(60_000, true)).toBe(false);
  });
});
