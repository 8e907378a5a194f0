// The one kiosk window: full screen, frameless, no menu, and a renderer with no Node, sandboxed
// and isolated (checklist 2, 3, 4, 6, 8, 9, 10). It will not leave full screen or close unless
// the app itself is quitting.
import { BrowserWindow, app } from 'electron';

// The page's own background (NHS white), so no other colour flashes while it loads.
const PAGE_BACKGROUND = '#ffffff';

export interface KioskWindowOptions {
  readonly url: string;
  readonly devTools: boolean;
}

export function createKioskWindow({ url, devTools }: KioskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    // kiosk is full screen only on Windows and Linux; ask for it explicitly everywhere.
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: PAGE_BACKGROUND,
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools,
      // The spell checker downloads dictionaries from Google: the kiosk fetches nothing.
      spellcheck: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      autoplayPolicy: 'user-gesture-required',
    },
  });
  window.setMenu(null);
  window.webContents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  window.webContents.on('zoom-changed', () => window.webContents.setZoomFactor(1));
  window.once('ready-to-show', () => window.show());
  window.on('leave-full-screen', () => window.setFullScreen(true));

  let quitting = false;
  app.once('before-quit', () => (quitting = true));
  // Alt+F4 and the like can reach the window manager before any key handler; the window stays.
  window.on('close', (event) => {
    if (!quitting) event.preventDefault();
  });

  void window.loadURL(url);
  return window;
}
