// The built Electron bundle, started in plain Node against a recording stand-in for Electron's
// API (stand-in/): checks what the shell wires up and in what order, and drives its handlers as
// Electron would. The real Electron is exercised by e2e/electron where a binary exists.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Report {
  beforeReady: string[];
  calls: string[];
  switches: string[];
  paths: Record<string, string>;
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  window: { options: { webPreferences: Record<string, unknown> } & Record<string, unknown>; menu: unknown; loaded: string[]; zoomLimits: number[] };
  page: { status: number; type: string; csp: string; html: string };
  config: { status: number; practice: string };
  otherHost: number;
  signIn: { status: number; cookieShownToPage: string | null; signedInAfter: boolean };
  adminStatus: { status: number; body: { surface: string; pinSet: boolean; remote?: unknown } | null; remoteSignedIn: { enabled: boolean; url: string | null } };
  events: { status: number; type: string; first: string };
  navigation: Record<string, boolean>;
  windowOpen: { action: string };
  webview: boolean;
  download: boolean;
  permissions: boolean[];
  permissionCheck: boolean;
  devicePermission: boolean;
  spellChecker: boolean;
  keys: Record<string, boolean>;
  displayAwake: number;
  devToolsOpened: boolean;
  loadsAfterCrash: string[];
  afterRepeatedCrashes: string[];
}

let dataDir: string;
let report: Report;
let devReport: Report;

function runBundle(...args: string[]): Report & { startupError?: string } {
  const stdout = execFileSync(process.execPath, ['main/hosts/electron/stand-in/run-bundle.ts', '--data-dir', dataDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(stdout.trimEnd().split('\n').at(-1)!) as Report;
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-if-needed.ts'], { stdio: 'inherit' });
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-stand-in-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ practice: { name: 'Stand-in Surgery' } }));
  report = runBundle();
  // Opening hours on, open on no day: the practice is closed now.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ practice: { name: 'Stand-in Surgery' }, openingHours: { enabled: true, week: {} } }));
  devReport = runBundle('--dev', '--cursor', 'hidden');
}, 60_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the Electron bundle at start-up', () => {
  it('removes the menu, privileges the app scheme and takes the single-instance lock before ready', () => {
    expect(report.beforeReady).toEqual(expect.arrayContaining(['Menu.setApplicationMenu null', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']));
    expect(report.beforeReady.indexOf('Menu.setApplicationMenu null')).toBeLessThan(report.beforeReady.indexOf('app.whenReady'));
    expect(report.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
    expect(report.switches).toEqual(expect.arrayContaining(['disable-pinch', 'overscroll-history-navigation=0', 'lang=en-GB']));
  });

  it('keeps the browser profile inside the data directory', () => {
    expect(report.paths.userData).toBe(join(dataDir, 'browser'));
  });

  it('opens one full-screen kiosk window with a sandboxed, isolated, Node-free renderer and no devtools', () => {
    expect(report.window.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    expect(report.window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
    });
    // No preload (so no IPC, nothing exposed to the page) and no Blink features switched on.
    expect(report.window.options.webPreferences).not.toHaveProperty('preload');
    expect(report.window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(report.window.menu).toBeNull();
    expect(report.window.zoomLimits).toEqual([1, 1]);
    expect(report.window.loaded[0]).toBe('app://kiosk/?cursor=auto');
  });

  it('serves the page and its API from app://kiosk/ through the shared handler, with its CSP', () => {
    expect(report.page).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/) });
    expect(report.page.csp).toContain("default-src 'none'");
    expect(report.page.html).toMatch(/^<!doctype html>/);
    expect(report.config).toEqual({ status: 200, practice: 'Stand-in Surgery' });
    expect(report.otherHost).toBe(404);
  });

  it('serves the staff screens’ API on the kiosk surface, with the reception-desk listener off by default', () => {
    expect(report.adminStatus.status).toBe(200);
    expect(report.adminStatus.body).toMatchObject({ surface: 'kiosk', pinSet: false, signedIn: false });
    // The desk listener's state is for signed-in staff only.
    expect(report.adminStatus.body?.remote).toBeUndefined();
    expect(report.adminStatus.remoteSignedIn).toEqual({ enabled: false, passwordSet: false, url: null });
  });

  it('keeps the staff session across requests itself, never showing the cookie to the page', () => {
    expect(report.signIn).toEqual({ status: 201, cookieShownToPage: null, signedInAfter: true });
  });

  it('streams settings events to the page through the protocol handler', () => {
    expect(report.events).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/event-stream/) });
    expect(report.events.first).toMatch(/event: settings/);
  });

  it('refuses navigation away, new windows, webviews and downloads, and keeps its own pages', () => {
    expect(report.navigation).toEqual({ https: true, file: true, redirect: true, own: false });
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.webview).toBe(true);
    expect(report.download).toBe(true);
  });

  it('denies every permission request and check, and turns off the spell checker', () => {
    expect(report.permissions).toEqual([false]);
    expect(report.permissionCheck).toBe(false);
    expect(report.devicePermission).toBe(false);
    expect(report.spellChecker).toBe(false);
  });

  it('swallows blocked keys and lets typing through', () => {
    expect(report.keys).toEqual({ ctrlR: true, f11: true, f12: true, letter: false });
    expect(report.devToolsOpened).toBe(false);
  });

  it('reloads the start page after a renderer crash', () => {
    expect(report.loadsAfterCrash).toEqual(['app://kiosk/?cursor=auto', 'app://kiosk/?cursor=auto']);
  });

  it('relaunches the whole app after five renderer or GPU crashes in ten minutes', () => {
    expect(report.afterRepeatedCrashes).toEqual(['app.relaunch', 'app.exit 0']);
    expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toMatch(/ error GPU process gone \{"reason":"crashed"/);
  });

  it('keeps the display awake (opening hours are off by default) and logs to a file in the data directory', () => {
    expect(report.displayAwake).toBe(1);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/ info starting /);
    expect(log).toMatch(/ error renderer gone \{"reason":"crashed","exitCode":139/);
  });
});

describe('the Electron bundle with --dev, unpackaged', () => {
  it('allows devtools, opened with F12, and still swallows the other keys', () => {
    expect(devReport.window.options.webPreferences).toMatchObject({ devTools: true });
    expect(devReport.devToolsOpened).toBe(true);
    expect(devReport.keys).toMatchObject({ ctrlR: true, f11: true });
  });

  it('lets the display sleep while the practice is closed', () => {
    expect(devReport.displayAwake).toBe(0);
  });

  it('passes --cursor to the page as a query parameter', () => {
    expect(devReport.window.loaded[0]).toBe('app://kiosk/?cursor=hidden');
  });
});

describe('the Electron bundle with a wrong command line', () => {
  it('says what is wrong in an error box and exits, opening no window', () => {
    const failed = runBundle('--cursor', 'off');
    expect(failed.startupError).toBe('--cursor must be one of auto, hidden, visible, not "off"');
    expect(failed.calls).toContain('dialog.showErrorBox Waiting Room Kiosk cannot start: --cursor must be one of auto, hidden, visible, not "off"');
    expect(failed.calls).toContain('app.exit 2');
    expect(failed.calls).not.toContain('new BrowserWindow');
  });

  it('says so plainly when the data directory cannot be used', () => {
    const notADirectory = join(dataDir, 'settings.json');
    const failed = runBundle('--data-dir', notADirectory);
    expect(failed.startupError).toMatch(/ENOTDIR|EEXIST/);
    expect(failed.calls.find((c) => c.startsWith('dialog.showErrorBox'))).toMatch(`Cannot use the data directory ${notADirectory}: `);
    expect(failed.calls).toContain('app.exit 2');
  });
});
