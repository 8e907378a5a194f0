// Starts the built Electron bundle in plain Node against the stand-in, as Electron would start
// it, then prints what it did as JSON (for startup.test.ts). Usage:
//   node main/hosts/electron/stand-in/run-bundle.ts --data-dir <dir>
import { createRequire, registerHooks } from 'node:module';

const standInUrl = new URL('./electron-stand-in.ts', import.meta.url).href;
registerHooks({
  resolve: (specifier, context, nextResolve) => (specifier === 'electron' ? { url: standInUrl, shortCircuit: true } : nextResolve(specifier, context)),
});
const electron = await import('./electron-stand-in.ts');

// Electron's argv when run unpackaged: [electron, app path, ...arguments].
process.argv = ['electron', '.', ...process.argv.slice(2)];
createRequire(import.meta.url)('../../../../dist/main/main.cjs');
const beforeReady = [...electron.calls];
electron.app.emitReady();
await new Promise((resolve) => setTimeout(resolve, 500));

const [window] = electron.BrowserWindow.all;
const contents = window!.webContents;
const handler = electron.protocol.handlers.get('app')!;
const page = await handler(new Request('app://kiosk/'));
const config = await handler(new Request('app://kiosk/api/config'));
const otherHost = await handler(new Request('app://elsewhere/'));
const permissions: boolean[] = [];
electron.session.defaultSession.permissionRequest?.(contents, 'geolocation', (granted) => permissions.push(granted));
// A renderer crash: the start page is loaded again after the first back-off delay (1 s).
contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
await new Promise((resolve) => setTimeout(resolve, 1_300));
const loadsAfterCrash = [...window!.loaded];
const key = (input: object) => contents.fire('before-input-event', {}, { type: 'keyDown', control: false, meta: false, alt: false, shift: false, ...input }).prevented;

console.log(
  JSON.stringify({
    beforeReady,
    calls: electron.calls,
    switches: electron.app.commandLine.switches,
    paths: electron.app.paths,
    privileged: electron.protocol.privileged,
    window: { options: window!.options, menu: window!.menu, loaded: window!.loaded, zoomLimits: contents.zoomLimits },
    page: { status: page.status, type: page.headers.get('content-type'), csp: page.headers.get('content-security-policy'), html: (await page.text()).slice(0, 200) },
    config: { status: config.status, practice: ((await config.json()) as { practice: { name: string } }).practice.name },
    otherHost: otherHost.status,
    navigation: {
      https: contents.fire('will-navigate', { url: 'https://www.nhs.uk/' }).prevented,
      file: contents.fire('will-frame-navigate', { url: 'file:///etc/passwd' }).prevented,
      redirect: contents.fire('will-redirect', { url: 'http://example.org/' }).prevented,
      own: contents.fire('will-navigate', { url: 'app://kiosk/index.html' }).prevented,
    },
    windowOpen: contents.windowOpenHandler?.({ url: 'https://www.nhs.uk/' }),
    webview: contents.fire('will-attach-webview', {}).prevented,
    download: electron.session.defaultSession.fire('will-download', {}, { getURL: () => 'app://kiosk/x' }).prevented,
    permissions,
    permissionCheck: electron.session.defaultSession.permissionCheck?.(),
    devicePermission: electron.session.defaultSession.devicePermission?.(),
    spellChecker: electron.session.defaultSession.spellChecker,
    keys: { ctrlR: key({ key: 'r', code: 'KeyR', control: true }), f11: key({ key: 'F11', code: 'F11' }), f12: key({ key: 'F12', code: 'F12' }), letter: key({ key: 'a', code: 'KeyA' }) },
    devToolsOpened: electron.calls.includes('webContents.toggleDevTools'),
    displayAwake: electron.powerSaveBlocker.active.size,
    loadsAfterCrash,
  }),
);
// Timers (display sleep, settings watcher) would keep Node alive.
process.exit(0);
