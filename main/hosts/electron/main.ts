// The Electron host's entry: a locked-down, full-screen kiosk window showing the page from
// `app://kiosk/`, served by the same handler as the Node host. Built by `npm run build` into
// dist/main/main.cjs (Electron's Node is not asked to strip types). One short file per concern,
// as in Electron Fiddle's src/main/.
import { app, dialog, Menu, session } from 'electron';
import { join } from 'node:path';
import { parseElectronArgs } from '../../core/kiosk/command-line.ts';
import { startUrl } from '../../core/kiosk/navigation-policy.ts';
import { createRotatingFileLogger } from '../../core/rotating-file-logger.ts';
import { consoleLogger, type Logger } from '../../core/logger.ts';
import { SettingsStore } from '../../core/settings-store.ts';
import { watchSettingsFile } from '../../core/settings-file-watcher.ts';
import { openAdminServices } from '../../core/admin-services.ts';
import { createWebApp } from '../../web/app.ts';
import { CountsStore } from '../../core/counts-store.ts';
// The reception-desk listener is plain HTTP on the practice network, the same in either shell.
import { startRemoteListener } from '../node/remote-listener.ts';
import { httpsGroupFetch } from '../node/group-fetch.ts';
import { startFleet } from '../../core/fleet/fleet.ts';
import { registerAppScheme, serveAppScheme } from './protocol.ts';
import { withCookieJar } from './cookie-jar.ts';
import { createKioskWindow } from './windows.ts';
import { lockDownSession, lockDownWebContents } from './security.ts';
import { blockKioskKeys } from './kiosk-input.ts';
import { recoverFromCrashes } from './recovery.ts';
import { manageDisplaySleep } from './power.ts';
import { scheduleNightlyRelaunch } from './nightly-relaunch.ts';
import { registerLoginItem } from './login-item.ts';
import { manageUpdates } from './updates.ts';

// Before ready: no menu means no reload, zoom, devtools or close accelerators; the scheme must
// be privileged before any session exists; pinch and swipe-back are off in Chromium itself.
Menu.setApplicationMenu(null);
registerAppScheme();
app.commandLine.appendSwitch('disable-pinch');
app.commandLine.appendSwitch('overscroll-history-navigation', '0');
// UK formats in the staff screens' date and time pickers, whatever the machine's locale.
app.commandLine.appendSwitch('lang', 'en-GB');

const options = readOptions();
// Everything the kiosk keeps lives in the one data directory: settings, logs, browser profile.
app.setPath('userData', join(options.dataDir, 'browser'));
const log = openLog();

// An uncaught error in the main process would otherwise put a dialog over the display.
process.on('uncaughtException', (error) => log.error('uncaught exception', { error: error.stack ?? String(error) }));
process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { reason: String(reason) }));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents, log, options.devTools);
    blockKioskKeys(contents, options.devTools);
  });
  void app.whenReady().then(start, (error: unknown) => {
    log.error('cannot start', { error: String(error) });
    app.exit(1);
  });
}

/** The command line, or a plain message and exit when it is wrong (a misconfigured shortcut or unit). */
function readOptions(): ReturnType<typeof parseElectronArgs> {
  try {
    return parseElectronArgs(process.argv.slice(app.isPackaged ? 1 : 2), { isPackaged: app.isPackaged });
  } catch (error) {
    dialog.showErrorBox('Waiting Room Kiosk cannot start', (error as Error).message);
    app.exit(2);
    throw error;
  }
}

/** The rotating log in the data directory, or a plain message and exit when it cannot be written. */
function openLog(): Logger {
  try {
    return createRotatingFileLogger({ dir: join(options.dataDir, 'logs'), echo: app.isPackaged ? undefined : consoleLogger });
  } catch (error) {
    dialog.showErrorBox('Waiting Room Kiosk cannot start', `Cannot use the data directory ${options.dataDir}: ${(error as Error).message}`);
    app.exit(2);
    throw error;
  }
}

async function start(): Promise<void> {
  log.info('starting', { version: app.getVersion(), electron: process.versions.electron, dataDir: options.dataDir });
  lockDownSession(session.defaultSession, log);

  const store = await SettingsStore.open(options.dataDir, log);
  watchSettingsFile(options.dataDir, store, log);
  const admin = await openAdminServices(options.dataDir, { log });
  if (admin.credentials.problem) log.error(admin.credentials.problem);
  const pageDir = join(app.getAppPath(), 'dist', 'renderer');
  // Group settings and health figures (docs/fleet.md); idle unless settings name a group.
  const fleet = startFleet({ store, dataDir: options.dataDir, log, audit: admin.audit, fetchGroupFile: httpsGroupFetch() });
  const counts = await CountsStore.open(options.dataDir, log, { enabled: () => store.current().settings.counts.enabled });
  app.on('before-quit', () => void counts.close());
  const common = { store, pageDir, localesDir: join(app.getAppPath(), 'locales'), log, version: app.getVersion(), admin, remoteUrl: () => remote.url(), fleet: fleet.report, counts };
  // Staff leave kiosk mode from the admin screen (PIN), never by a key: app.exit skips the
  // close handlers that keep the window up.
  serveAppScheme(withCookieJar(createWebApp({ ...common, shell: { quit: () => app.exit(0) } })));
  const remote = startRemoteListener({ store, admin, app: createWebApp({ ...common, surface: 'remote' }), port: options.remotePort, log });
  app.on('before-quit', () => void remote.close());

  const url = startUrl({ cursor: options.cursor });
  const window = createKioskWindow({ url, devTools: options.devTools });
  recoverFromCrashes(window, url, log);
  window.webContents.on('render-process-gone', (_event, details) => fleet.report.health.rendererGone(details.reason));
  window.webContents.on('did-finish-load', () => fleet.report.health.pageLoaded());
  app.on('second-instance', () => {
    window.show();
    window.focus();
  });

  manageDisplaySleep(store, log);
  // Off unless settings.updates turns it on (docs/fleet.md).
  manageUpdates(store, options.dataDir, log);
  if (options.relaunchAt) scheduleNightlyRelaunch(options.relaunchAt, store, log);
  registerLoginItem(log);
}
