// Updates at night, with electron-updater's generic provider (any static HTTPS folder holding
// what the release workflow publishes: latest*.yml and the installers). Off unless the settings
// turn it on with a URL. Every decision is update-policy.ts's: when to check (daily), whether
// this kiosk is inside the staged rollout, and when installing cannot be seen by a patient.
// electron-updater is loaded only when updates are on, and only here: it needs Electron.
import { powerMonitor } from 'electron';
import type { AppUpdater, UpdateInfo } from 'electron-updater';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-file.ts';
import { inRollout, mayInstall, shouldCheck, updatesEnabled } from '../../core/kiosk/update-policy.ts';
import type { Logger } from '../../core/logger.ts';
import type { SettingsStore } from '../../core/settings-store.ts';

/** How often the glue asks the policy; the policy itself limits checks to one a day. */
export const TICK_MS = 10 * 60 * 1000;

export interface UpdateDeps {
  readonly loadUpdater?: () => Promise<AppUpdater>;
  /** Seconds since anyone touched the screen (Electron's powerMonitor). */
  readonly idleSeconds?: () => number;
  readonly now?: () => Date;
}

interface UpdateState {
  /** A random id, made once: the kiosk's stable rollout bucket. Names nothing and nobody. */
  readonly kioskId: string;
  readonly lastCheckAt: number | null;
}

export function manageUpdates(store: SettingsStore, dataDir: string, log: Logger, deps: UpdateDeps = {}): { tick(): Promise<void>; stop(): void } {
  const loadUpdater = deps.loadUpdater ?? (async () => (await import('electron-updater')).autoUpdater);
  const idleSeconds = deps.idleSeconds ?? (() => powerMonitor.getSystemIdleTime());
  const now = deps.now ?? (() => new Date());
  const file = join(dataDir, 'updates', 'state.json');
  let state: UpdateState | undefined;
  let updater: AppUpdater | undefined;
  let feed: string | undefined;
  let downloaded: UpdateInfo | undefined;
  let running: Promise<void> | undefined;

  async function readState(): Promise<UpdateState> {
    if (state) return state;
    try {
      state = JSON.parse(await readFile(file, 'utf8')) as UpdateState;
    } catch {
      state = { kioskId: randomUUID(), lastCheckAt: null };
      await writeState(state);
    }
    return state;
  }

  async function writeState(next: UpdateState): Promise<void> {
    state = next;
    await mkdir(join(dataDir, 'updates'), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(next)}\n`);
  }

  async function prepare(url: string, kioskId: string): Promise<AppUpdater> {
    if (!updater) {
      updater = await loadUpdater();
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = false;
      updater.logger = { info: (m) => log.info(`updater: ${String(m)}`), warn: (m) => log.warn(`updater: ${String(m)}`), error: (m) => log.error(`updater: ${String(m)}`), debug: () => undefined };
      updater.isUserWithinRollout = (info) => inRollout(kioskId, info.version, info.stagingPercentage);
      updater.on('update-downloaded', (info) => {
        downloaded = info;
        log.info('update downloaded; installs when no patient can see it', { version: info.version });
      });
      updater.on('error', (error) => log.error('update failed', { error: String(error) }));
    }
    if (feed !== url) {
      updater.setFeedURL({ provider: 'generic', url });
      feed = url;
    }
    return updater;
  }

  /** One at a time: a caller during a check waits for that check. */
  function tick(): Promise<void> {
    running ??= step().finally(() => (running = undefined));
    return running;
  }

  async function step(): Promise<void> {
    try {
      const { settings } = store.current();
      if (!updatesEnabled(settings)) return;
      const at = now();
      if (downloaded) {
        const decision = mayInstall(settings, at, idleSeconds());
        if (decision.install) {
          log.info('installing update', { version: downloaded.version, why: decision.why });
          updater?.quitAndInstall(true, true);
        }
        return;
      }
      const { kioskId, lastCheckAt } = await readState();
      if (!shouldCheck(settings, lastCheckAt, at)) return;
      const ready = await prepare(settings.updates.url, kioskId);
      // Recorded before asking, so a server that fails is asked again tomorrow, not every tick.
      await writeState({ kioskId, lastCheckAt: at.getTime() });
      await ready.checkForUpdates();
    } catch (error) {
      log.error('update check failed', { error: String(error) });
    }
  }

  const timer = setInterval(() => void tick(), TICK_MS);
  void tick();
  return { tick, stop: () => clearInterval(timer) };
}
