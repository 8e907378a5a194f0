// The Chromium fallback's supervision decisions, pure so each is unit-tested: the Node host
// (main/hosts/node/browser-supervisor.ts) only connects them to processes, files and the
// DevTools protocol. The aim is the Electron shell's: one kiosk window and nothing else, back by
// itself within seconds whatever a patient presses or whatever crashes.
import type { CrashAction, CrashBackoffOptions } from './crash-backoff.ts';

/**
 * Restarting a closed browser: quick the first time (a patient pressed Alt+F4), slower when it
 * keeps dying (a browser that cannot start must not spin the CPU), but never more than 8 s, so
 * the screen is back within 10 s however often the keys are pressed. Never gives up.
 */
export const BROWSER_RESTART_BACKOFF: CrashBackoffOptions = {
  firstDelayMs: 250,
  maxDelayMs: 8_000,
  relaunchAfter: Number.MAX_SAFE_INTEGER,
  windowMs: 60_000,
};

export type AfterBrowserExit = { readonly restart: false; readonly reason: string } | { readonly restart: true; readonly delayMs: number };

/** A browser that exits this soon after starting failed to start: its output is logged. */
export const EARLY_EXIT_MS = 10_000;

/**
 * What to do once the browser has exited. Staff leaving kiosk mode, or the host stopping, ends
 * it. A browser that ran a while was closed (Alt+F4, killed): start it again at once. One that
 * exits soon after starting cannot start: back off (`backoff`, from BROWSER_RESTART_BACKOFF).
 */
export function afterBrowserExit(stopping: boolean, ranMs: number, backoff: () => CrashAction): AfterBrowserExit {
  if (stopping) return { restart: false, reason: 'the kiosk is stopping' };
  if (ranMs >= EARLY_EXIT_MS) return { restart: true, delayMs: 0 };
  const action = backoff();
  return { restart: true, delayMs: action.action === 'reload' ? action.delayMs : BROWSER_RESTART_BACKOFF.maxDelayMs };
}

/**
 * Whether the next browser may start on the last one's profile: yes after a browser that was
 * closed having run a while (a warm profile starts quicker); no after a failed start (the profile
 * may be why) or when the host asked for a fresh one (the zoom is kept in the profile).
 */
export function reuseProfile(ranMs: number, freshWanted: boolean): boolean {
  return ranMs >= EARLY_EXIT_MS && !freshWanted;
}

export interface BrowserTarget {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

/**
 * Whether a target the browser reports is something a patient could see besides the kiosk: any
 * other tab, window, popup or devtools. Workers and the like are the page's own and stay.
 */
export function isStrayWindow(target: BrowserTarget, kioskTargetId: string | undefined): boolean {
  if (target.targetId === kioskTargetId) return false;
  return ['page', 'tab', 'webview', 'other'].includes(target.type) && !target.url.startsWith('devtools://devtools/bundled/worker');
}

/** The kiosk's page is the first page at the kiosk's own address. */
export function isKioskPage(target: BrowserTarget, kioskOrigin: string): boolean {
  return target.type === 'page' && target.url.startsWith(kioskOrigin);
}

/**
 * The page answers the host's heartbeat every few seconds; one that has not answered for
 * `timeoutMs` is hung (a loop, a wedged renderer) and is crashed and reloaded.
 */
export function isHung(lastAnswerAt: number, now: number, timeoutMs: number): boolean {
  return now - lastAnswerAt > timeoutMs;
}

/** The page's zoom, from what it measures: 1 at 100%. Browser zoom scales devicePixelRatio. */
export function zoomIsOff(devicePixelRatio: number, baselineRatio: number): boolean {
  return Math.abs(devicePixelRatio / baselineRatio - 1) > 0.01;
}

/** Chromium refuses to run as root without --no-sandbox; the kiosk refuses instead of that. */
export function rootRefusal(uid: number | undefined): string | undefined {
  if (uid !== 0) return undefined;
  return 'Refusing to run the kiosk browser as root (Chromium needs its sandbox): run npm start as the kiosk user, not root.';
}

export type LockVerdict = { readonly take: true } | { readonly take: false; readonly holder: number };

/**
 * One kiosk at a time per data directory: the lock file holds the running host's pid. A lock
 * whose process is gone (a crash, a power cut) is taken over; so is our own.
 */
export function lockVerdict(lockText: string | undefined, ownPid: number, isAlive: (pid: number) => boolean): LockVerdict {
  const holder = Number(lockText?.trim());
  if (!Number.isInteger(holder) || holder <= 0 || holder === ownPid || !isAlive(holder)) return { take: true };
  return { take: false, holder };
}

export interface ScreenSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The screen's size from `xrandr --current` ("Screen 0: minimum ..., current 1920 x 1080, ...")
 * or `xdpyinfo` ("dimensions:    1920x1080 pixels"), so the window fills it even where no window
 * manager honours --kiosk.
 */
export function screenSizeFrom(text: string): ScreenSize | undefined {
  const match = /current (\d+) x (\d+)/.exec(text) ?? /dimensions:\s+(\d+)x(\d+) pixels/.exec(text);
  if (!match) return undefined;
  const [width, height] = [Number(match[1]), Number(match[2])];
  return width > 0 && height > 0 ? { width, height } : undefined;
}

export const PROFILE_PREFIX = 'kiosk-browser-';

/** A profile's folder name carries its host's pid, so a later start knows whose it is. */
export function profileName(pid: number): string {
  return `${PROFILE_PREFIX}${pid}-`;
}

/**
 * Profiles left in the temporary folder by hosts that are gone (killed, a power cut): removed at
 * start. A profile whose host still runs (another data directory's kiosk) is left alone.
 */
export function staleProfiles(names: readonly string[], isAlive: (pid: number) => boolean): string[] {
  return names.filter((name) => {
    if (!name.startsWith(PROFILE_PREFIX)) return false;
    const pid = Number(/^(\d+)-/.exec(name.slice(PROFILE_PREFIX.length))?.[1]);
    return !(pid > 0 && isAlive(pid));
  });
}

/** The last `count` non-empty lines of a process's output, for the log when it exits early. */
export function lastLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-count);
}

/** How a console message from the page reaches the kiosk log; undefined means not logged. */
export function consoleLogLine(level: string, text: string): string | undefined {
  if (level !== 'error' && level !== 'assert') return undefined;
  return `Page console error: ${text.slice(0, 500)}`;
}
