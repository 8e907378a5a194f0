// Keeps the display up unattended: a renderer that dies, hangs or fails to load, or a GPU
// process that dies, is answered by reloading the start page with back-off, and by relaunching
// the whole app after repeated failures (crash-backoff.ts decides).
import { app, type BrowserWindow } from 'electron';
import { CrashBackoff } from '../../core/kiosk/crash-backoff.ts';
import type { Logger } from '../../core/logger.ts';

// How long a hung page may stay hung before its renderer is crashed on purpose and reloaded.
const UNRESPONSIVE_GRACE_MS = 15_000;
const ERR_ABORTED = -3;

export function recoverFromCrashes(window: BrowserWindow, startUrl: string, log: Logger, backoff = new CrashBackoff()): void {
  const contents = window.webContents;
  let reloadTimer: NodeJS.Timeout | undefined;
  let hangTimer: NodeJS.Timeout | undefined;

  const fail = (what: string, details: Record<string, unknown>) => {
    const decision = backoff.recordFailure(Date.now());
    log.error(what, { ...details, then: decision });
    if (decision.action === 'relaunch') {
      app.relaunch();
      app.exit(0);
      return;
    }
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(startUrl).catch((error: unknown) => log.error('reload failed', { error: String(error) }));
    }, decision.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    clearTimeout(hangTimer);
    fail('renderer gone', { reason: details.reason, exitCode: details.exitCode });
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    // ERR_ABORTED (-3) is a load replaced by another or refused by the navigation policy, not a failure.
    if (isMainFrame && errorCode !== ERR_ABORTED) fail('page failed to load', { errorCode, errorDescription, url });
  });
  window.on('unresponsive', () => {
    log.warn('page unresponsive');
    clearTimeout(hangTimer);
    // Crashing it leads to render-process-gone, and so to the one recovery path above.
    hangTimer = setTimeout(() => contents.forcefullyCrashRenderer(), UNRESPONSIVE_GRACE_MS);
  });
  window.on('responsive', () => clearTimeout(hangTimer));
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU' && details.reason !== 'clean-exit') fail('GPU process gone', { reason: details.reason, exitCode: details.exitCode });
  });
}
