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
try {
  createRequire(import.meta.url)('../../../../dist/main/main.cjs');
} catch (error) {
  // A bad command line: report what the bundle did before it stopped.
  console.log(JSON.stringify({ startupError: (error as Error).message, calls: electron.calls }));
  process.exit(0);
}
const beforeReady = [...electron.calls];
electron.app.emitReady();
await new Promise((resolve) => setTimeout(resolve, 500));

const [window] = electron.BrowserWindow.all;
const contents = window!.webContents;
const handler = electron.protocol.handlers.get('app')!;
const page = await handler(new Request('app://kiosk/'));
const config = await handler(new Request('app://kiosk/api/config'));
const otherHost = await handler(new Request('app://elsewhere/'));
const adminStatus = await handler(new Request('app://kiosk/api/admin/status'));
// Staff set the first PIN at the kiosk; the session cookie must then carry to the next request.
const pinSet = await handler(
  new Request('app://kiosk/api/admin/pin', { method: 'POST', body: JSON.stringify({ pin: '246813' }), headers: { 'Content-Type': 'application/json', Origin: 'app://kiosk' } }),
);
const afterSignIn = (await (await handler(new Request('app://kiosk/api/admin/status'))).json()) as { signedIn: boolean; remote?: unknown };
// The page's live settings stream (server-sent events) through the same protocol handler.
const events = await handler(new Request('app://kiosk/api/events'));
const firstEvent = await readFirstChunk(events);
const permissions: boolean[] = [];
electron.session.defaultSession.permissionRequest?.(contents, 'geolocation', (granted) => permissions.push(granted));
// A renderer crash: the start page is loaded again after the first back-off delay (1 s).
contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
await new Promise((resolve) => setTimeout(resolve, 1_300));
const loadsAfterCrash = [...window!.loaded];
const key = (input: object) => contents.fire('before-input-event', {}, { type: 'keyDown', control: false, meta: false, alt: false, shift: false, ...input }).prevented;

// Then a GPU process crash and three more renderer crashes: five failures inside ten minutes,
// so the whole app is relaunched instead of reloaded.
const callsBefore = electron.calls.length;
electron.app.fire('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
for (let i = 0; i < 3; i++) contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
const afterRepeatedCrashes = electron.calls.slice(callsBefore);

console.log(
  JSON.stringify({
    afterRepeatedCrashes,
    beforeReady,
    calls: electron.calls,
    switches: electron.app.commandLine.switches,
    paths: electron.app.paths,
    privileged: electron.protocol.privileged,
    window: { options: window!.options, menu: window!.menu, loaded: window!.loaded, zoomLimits: contents.zoomLimits },
    page: { status: page.status, type: page.headers.get('content-type'), csp: page.headers.get('content-security-policy'), html: (await page.text()).slice(0, 200) },
    config: { status: config.status, practice: ((await config.json()) as { practice: { name: string } }).practice.name },
    otherHost: otherHost.status,
    adminStatus: { status: adminStatus.status, body: adminStatus.ok ? await adminStatus.json() : null, remoteSignedIn: afterSignIn.remote },
    signIn: { status: pinSet.status, cookieShownToPage: pinSet.headers.get('set-cookie'), signedInAfter: afterSignIn.signedIn },
    events: { status: events.status, type: events.headers.get('content-type'), first: firstEvent },
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

async function readFirstChunk(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const timeout = new Promise<{ value: undefined }>((resolve) => setTimeout(() => resolve({ value: undefined }), 2_000));
  const { value } = await Promise.race([reader.read(), timeout]);
  void reader.cancel();
  return value ? new TextDecoder().decode(value) : '';
}
