// The Chromium fallback, supervised: the host starts the browser with the DevTools protocol on a
// pipe and keeps it a kiosk. Any other window or tab is closed as it appears; a crashed page is
// reloaded; a hung page (no heartbeat answer) is crashed, then reloaded; a zoomed page gets a
// fresh browser (at 100%); a browser that exits is started again with back-off until the host stops. The decisions
// are in main/core/kiosk/browser-supervision.ts; this file only wires them to the process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CrashBackoff } from '../../core/kiosk/crash-backoff.ts';
import {
  BROWSER_RESTART_BACKOFF,
  EARLY_EXIT_MS,
  afterBrowserExit,
  consoleLogLine,
  isHung,
  isStrayWindow,
  lastLines,
  profileName,
  reuseProfile,
  staleProfiles,
  zoomIsOff,
  type BrowserTarget,
} from '../../core/kiosk/browser-supervision.ts';
import type { Logger } from '../../core/logger.ts';
import { CdpPipe, type CdpEvent } from './cdp-pipe.ts';

const HEARTBEAT_MS = 2_000;
const HANG_TIMEOUT_MS = 8_000;

export interface SupervisorOptions {
  readonly browser: string;
  readonly url: string;
  /** The browser's arguments for a given throwaway profile folder. */
  readonly args: (profileDir: string) => string[];
  readonly log: Logger;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Profiles of earlier runs whose host is gone: a killed host could not remove its own. */
export function removeStaleProfiles(log: Logger): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of staleProfiles(names, isAlive)) {
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
      log.info(`Removed an old browser profile: ${join(tmpdir(), name)}`);
    } catch {
      // Another user's: not ours to remove.
    }
  }
}

export class BrowserSupervisor {
  readonly #options: SupervisorOptions;
  readonly #backoff = new CrashBackoff(BROWSER_RESTART_BACKOFF);
  #child: ChildProcess | undefined;
  #profile: string | undefined;
  #freshProfile = false;
  #stopping = false;
  #restartTimer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(options: SupervisorOptions) {
    this.#options = options;
  }

  start(): void {
    const { browser, args, log, url } = this.#options;
    if (this.#stopping) return;
    // A browser that was merely closed starts again on its warm profile (quicker); a fresh one
    // after a failed start or a zoom (the zoom is kept in the profile).
    this.#profile ??= mkdtempSync(join(tmpdir(), profileName(process.pid)));
    const startedAt = Date.now();
    // --keep-alive-for-test: the browser outlives its last window (Ctrl+W, Alt+F4), so the host
    // opens the kiosk's window again in a moment instead of starting a whole browser.
    const child = spawn(browser, [...args(this.#profile), '--remote-debugging-pipe', '--keep-alive-for-test'], { stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] });
    this.#child = child;
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('error', (error) => log.error(`Cannot start the browser (${browser}): ${error.message}`));
    const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const page = new KioskPage(cdp, url, log, (reason) => this.restartBrowser(reason), () => this.#stopping);
    cdp.onEvent((event) => page.handle(event));
    void page.watch();
    this.#heartbeat = setInterval(() => void page.beat(), HEARTBEAT_MS);

    child.once('exit', (code, signal) => {
      clearInterval(this.#heartbeat);
      const ranMs = Date.now() - startedAt;
      if (this.#stopping || !reuseProfile(ranMs, this.#freshProfile)) this.#removeProfile();
      this.#freshProfile = false;
      if (this.#child === child) this.#child = undefined;
      const decision = afterBrowserExit(this.#stopping, ranMs, () => this.#backoff.recordFailure(Date.now()));
      if (!decision.restart) return;
      log.warn(`The browser closed (${code ?? signal}) after ${Math.round(ranMs / 1000)} s; starting it again in ${decision.delayMs} ms.`);
      if (ranMs < EARLY_EXIT_MS) {
        const lines = lastLines(output, 10);
        if (lines.length) log.error(`The browser's last output:\n  ${lines.join('\n  ')}`);
      }
      this.#restartTimer = setTimeout(() => this.start(), decision.delayMs);
    });
  }

  /** Closes the browser; the exit handler starts it again. */
  restartBrowser(reason: string, freshProfile = true): void {
    if (this.#stopping) return;
    this.#freshProfile ||= freshProfile;
    this.#options.log.warn(`Restarting the browser: ${reason}.`);
    this.#child?.kill('SIGTERM');
  }

  /** Stops for good (the host is stopping, or staff left kiosk mode): the browser goes too. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    clearInterval(this.#heartbeat);
    const child = this.#child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    this.#removeProfile();
  }

  /** For process 'exit': synchronous, so the browser never outlives the host. */
  killNow(): void {
    this.#stopping = true;
    this.#child?.kill('SIGKILL');
    this.#removeProfile();
  }

  #removeProfile(): void {
    if (!this.#profile) return;
    // Chromium's helpers may still be writing for a moment after the browser exits.
    rmSync(this.#profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    this.#profile = undefined;
  }
}

/** One browser run's view of its kiosk page, over the pipe. */
class KioskPage {
  readonly #cdp: CdpPipe;
  readonly #url: string;
  readonly #log: Logger;
  readonly #restartBrowser: (reason: string) => void;
  #targetId: string | undefined;
  #sessionId: string | undefined;
  #lastAnswerAt = Date.now();
  #crashSent = false;
  #baselineRatio: number | undefined;

  readonly #stopping: () => boolean;

  constructor(cdp: CdpPipe, url: string, log: Logger, restartBrowser: (reason: string) => void, stopping: () => boolean) {
    this.#stopping = stopping;
    this.#cdp = cdp;
    this.#url = url;
    this.#log = log;
    this.#restartBrowser = restartBrowser;
  }

  async watch(): Promise<void> {
    await this.#cdp.send('Target.setDiscoverTargets', { discover: true }).catch(() => undefined);
  }

  handle(event: CdpEvent): void {
    const { method, params } = event;
    if (method === 'Target.targetCreated' || method === 'Target.targetInfoChanged') {
      this.#onTarget(params.targetInfo as BrowserTarget);
    } else if (method === 'Target.targetCrashed' && params.targetId === this.#targetId) {
      this.#log.error(`The kiosk page crashed (${String(params.status)}); reloading it.`);
      this.#reload();
    } else if (method === 'Target.targetDestroyed' && params.targetId === this.#targetId) {
      this.#targetId = undefined;
      this.#sessionId = undefined;
      this.#reopen();
    } else if (method === 'Runtime.consoleAPICalled' && event.sessionId === this.#sessionId) {
      const args = (params.args as { value?: unknown; description?: string }[] | undefined) ?? [];
      const line = consoleLogLine(String(params.type), args.map((a) => a.description ?? String(a.value)).join(' '));
      if (line) this.#log.error(line);
    } else if (method === 'Runtime.exceptionThrown' && event.sessionId === this.#sessionId) {
      const details = params.exceptionDetails as { text: string; exception?: { description?: string } };
      this.#log.error(consoleLogLine('error', details.exception?.description ?? details.text)!);
    }
  }

  #onTarget(target: BrowserTarget): void {
    if (this.#targetId === undefined && target.type === 'page') {
      // --app opens the kiosk's window first: the first page is the kiosk.
      this.#targetId = target.targetId;
      void this.#attach(target.targetId);
      return;
    }
    if (isStrayWindow(target, this.#targetId)) {
      this.#log.warn(`Closed a window the kiosk did not open (${target.type} ${target.url || 'blank'}).`);
      void this.#cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
    }
  }

  async #attach(targetId: string): Promise<void> {
    try {
      const { sessionId } = (await this.#cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      this.#sessionId = sessionId;
      this.#lastAnswerAt = Date.now();
      await Promise.all([this.#cdp.send('Runtime.enable', {}, sessionId), this.#cdp.send('Page.enable', {}, sessionId)]);
    } catch (error) {
      this.#log.warn(`Could not watch the kiosk page: ${(error as Error).message}`);
    }
  }

  /** The kiosk's window was closed (Ctrl+W, Alt+F4): open it again; the next page is the kiosk. */
  #reopen(): void {
    if (this.#stopping()) return;
    this.#log.warn('The kiosk window was closed; opening it again.');
    this.#cdp
      .send('Target.createTarget', { url: this.#url, newWindow: true })
      .then(async ({ targetId }) => {
        // A window opened this way is a normal one: make it cover the screen, as --kiosk does.
        const { windowId } = (await this.#cdp.send('Browser.getWindowForTarget', { targetId })) as { windowId: number };
        await this.#cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'fullscreen' } });
      })
      .catch((error: Error) => {
        this.#log.error(`Could not open the kiosk window again (${error.message}); restarting the browser.`);
        this.#restartBrowser('no kiosk window');
      });
  }

  #reload(): void {
    if (!this.#sessionId) return;
    this.#lastAnswerAt = Date.now();
    void this.#cdp.send('Page.navigate', { url: this.#url }, this.#sessionId).catch((error: Error) => this.#log.warn(`Reload failed: ${error.message}`));
  }

  /** The heartbeat: the page answers, at its normal zoom, or is dealt with. */
  async beat(): Promise<void> {
    const sessionId = this.#sessionId;
    if (!sessionId) return;
    if (isHung(this.#lastAnswerAt, Date.now(), HANG_TIMEOUT_MS)) {
      this.#lastAnswerAt = Date.now();
      if (this.#crashSent) {
        // Still silent after being told to crash: the renderer is frozen whole. A new browser.
        this.#crashSent = false;
        return this.#restartBrowser('the kiosk page stayed hung');
      }
      this.#log.error(`The kiosk page has not answered for ${HANG_TIMEOUT_MS / 1000} s; crashing and reloading it.`);
      this.#crashSent = true;
      // Page.crash is handled off the page's main thread, so it works on a page stuck in a loop;
      // the crash then reloads it as any crash does.
      void this.#cdp.send('Page.crash', {}, sessionId).catch(() => undefined);
      return;
    }
    try {
      const answer = (await this.#cdp.send('Runtime.evaluate', { expression: 'devicePixelRatio', returnByValue: true }, sessionId, HEARTBEAT_MS)) as {
        result: { value: number };
      };
      this.#lastAnswerAt = Date.now();
      this.#crashSent = false;
      const ratio = answer.result.value;
      this.#baselineRatio ??= ratio;
      if (!zoomIsOff(ratio, this.#baselineRatio)) return;
      // DevTools has no way to set the browser's zoom (keys sent over it skip the browser's
      // shortcuts), but a fresh profile starts at 100%: restart the browser.
      this.#log.warn(`The kiosk page was zoomed (${Math.round((ratio / this.#baselineRatio) * 100)}%).`);
      this.#restartBrowser('a fresh profile puts the zoom back to 100%');
    } catch {
      // No answer this time: the hang check above counts the silence.
    }
  }
}
