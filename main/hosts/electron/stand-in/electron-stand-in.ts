// A recording stand-in for the parts of Electron's main-process API the kiosk host uses, so the
// built bundle (dist/main/main.cjs) can start in plain Node, where no Electron binary exists.
// It decides nothing: it records what the host asked for, and keeps the handlers the host
// registered so a test can call them as Electron would. It never replaces the e2e suite.
import { EventEmitter } from 'node:events';

export const calls: string[] = [];
const record = (name: string) => calls.push(name);

class Emitter extends EventEmitter {
  /** Calls the listeners as Electron would; returns what preventDefault() was told. */
  fire(event: string, ...args: unknown[]): { prevented: boolean } {
    const result = { prevented: false };
    const eventObject = { ...((args[0] as object) ?? {}), preventDefault: () => (result.prevented = true) };
    this.emit(event, eventObject, ...args.slice(1));
    return result;
  }
}

let resolveReady: () => void;
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

class App extends Emitter {
  isPackaged = false;
  readonly commandLine = { switches: [] as string[], appendSwitch: (name: string, value?: string) => this.commandLine.switches.push(value ? `${name}=${value}` : name) };
  readonly paths: Record<string, string> = {};
  loginItem: unknown;
  setPath(name: string, path: string) {
    record(`app.setPath ${name}`);
    this.paths[name] = path;
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    record('app.whenReady');
    return ready;
  }
  emitReady() {
    record('ready');
    resolveReady();
  }
  getVersion = () => '0.0.0-stand-in';
  getAppPath = () => process.env.STAND_IN_APP_PATH ?? process.cwd();
  setLoginItemSettings(settings: unknown) {
    this.loginItem = settings;
  }
  relaunch = () => record('app.relaunch');
  exit = (code: number) => record(`app.exit ${code}`);
  quit = () => record('app.quit');
}
export const app = new App();

export const dialog = {
  errors: [] as string[],
  showErrorBox(title: string, content: string) {
    record(`dialog.showErrorBox ${title}: ${content}`);
  },
};

export const Menu = {
  applicationMenu: undefined as unknown,
  setApplicationMenu(menu: unknown) {
    record(`Menu.setApplicationMenu ${String(menu)}`);
    this.applicationMenu = menu;
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    record('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    record(`protocol.handle ${scheme}`);
    this.handlers.set(scheme, handler);
  },
};

class Session extends Emitter {
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (...args: unknown[]) => boolean;
  devicePermission?: (...args: unknown[]) => boolean;
  displayMedia?: unknown;
  spellChecker = true;
  setPermissionRequestHandler(handler: Session['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Session['permissionCheck']) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Session['devicePermission']) {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: unknown) {
    this.displayMedia = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellChecker = enabled;
  }
}
export const session = { defaultSession: new Session() };

export class WebContents extends Emitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  zoomLimits?: [number, number];
  crashed = 0;
  setWindowOpenHandler(handler: WebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min: number, max: number) {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  setZoomFactor() {}
  closeDevTools() {}
  toggleDevTools() {
    record('webContents.toggleDevTools');
  }
  forcefullyCrashRenderer() {
    this.crashed++;
  }
}

export class BrowserWindow extends Emitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = new WebContents();
  readonly loaded: string[] = [];
  menu: unknown = 'default';
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    record('new BrowserWindow');
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  setMenu(menu: unknown) {
    this.menu = menu;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed = () => false;
  show() {}
  focus() {}
  setFullScreen() {}
}

export const powerSaveBlocker = {
  active: new Set<number>(),
  next: 1,
  start(type: string) {
    record(`powerSaveBlocker.start ${type}`);
    const id = this.next++;
    this.active.add(id);
    return id;
  },
  stop(id: number) {
    this.active.delete(id);
  },
};

export const powerMonitor = new Emitter();
