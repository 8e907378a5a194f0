// `npm start`: the kiosk. Electron where a binary is on this machine; otherwise (saying why, in
// one line) the Node host serves the page and the system's Chromium shows it full screen in
// kiosk mode, locked by Chromium's managed policy and supervised over the DevTools pipe
// (browser-supervisor.ts). Without a browser either, it prints the address.
//   npm start -- [--data-dir <dir>] [--port <n>] [--remote-port <n>] [--unlocked]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleLogger } from '../../core/logger.ts';
import { createRotatingFileLogger } from '../../core/rotating-file-logger.ts';
import { chooseShell, type ShellChoice } from '../../core/kiosk/shell-choice.ts';
import { rootRefusal, screenSizeFrom, type ScreenSize } from '../../core/kiosk/browser-supervision.ts';
import { managedPolicyDir, missingPolicies, policyRefusal } from '../../core/kiosk/chromium-policy.ts';
import { parseHostArgs } from './command-line.ts';
import { startHttpHost } from './http-host.ts';
import { findBrowser } from './find-browser.ts';
import { kioskBrowserArgs } from './kiosk-browser-args.ts';
import { launchElectron } from './electron-launcher.ts';
import { BrowserSupervisor, removeStaleProfiles } from './browser-supervisor.ts';
import { takeKioskLock } from './kiosk-lock.ts';

const argv = process.argv.slice(2);
const unlocked = argv.includes('--unlocked');
const hostArgv = argv.filter((arg) => arg !== '--unlocked');

let choice: ShellChoice;
try {
  choice = chooseShell({
    env: process.env,
    platform: process.platform,
    electronPackageDir: fileURLToPath(new URL('../../../node_modules/electron/', import.meta.url)),
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  });
} catch (error) {
  fail((error as Error).message, 2);
}

if (choice.shell === 'electron') {
  console.log(`Starting the Electron kiosk (${choice.executable})`);
  launchElectron(choice.executable, hostArgv);
} else {
  console.log(`Electron not used: ${choice.reason}; falling back to the system's Chromium in kiosk mode.`);
  await startChromiumKiosk();
}

function fail(message: string, code = 1): never {
  console.error(`Cannot start the kiosk: ${message}`);
  process.exit(code);
}

async function startChromiumKiosk(): Promise<void> {
  let options;
  try {
    options = parseHostArgs(hostArgv);
  } catch (error) {
    fail((error as Error).message, 2);
  }
  console.log(`Data directory: ${options.dataDir}`);
  const browser = findBrowser();
  if (browser) {
    const refusal = rootRefusal(process.getuid?.()) ?? (unlocked ? undefined : lockDownProblem(browser));
    if (refusal) fail(refusal);
    if (unlocked) console.warn('Running unlocked (--unlocked): Chromium\'s kiosk policy is not checked. Never leave it so in a waiting room.');
  }
  const log = createRotatingFileLogger({ dir: join(options.dataDir, 'logs'), echo: consoleLogger });
  const lock = takeKioskLock(options.dataDir);
  if ('take' in lock) fail(`another kiosk (pid ${lock.holder}) is already running on ${options.dataDir}; stop it first.`);

  // Set once the page is served; the stop handlers below need it from the start.
  const running: { supervisor?: BrowserSupervisor } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await running.supervisor?.stop();
    await host.close();
    lock.release();
    process.exit(code);
  };
  const host = await startHttpHost(options, log, {
    // Staff's "Leave kiosk mode": the browser closes and is not started again.
    shell: { quit: () => void (log.info('Staff left kiosk mode.'), stop(0)) },
  }).catch((error: Error) => {
    lock.release();
    fail(error.message);
  });
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  process.once('SIGHUP', () => void stop(0));
  // Whatever ends the host (an uncaught error, process.exit), the browser and the lock go too.
  process.once('exit', () => {
    running.supervisor?.killNow();
    lock.release();
  });

  if (!browser) {
    console.log(`No Chromium found. Open ${host.url} in a browser (full screen), or set KIOSK_BROWSER.`);
    return;
  }
  // KIOSK_CURSOR=hidden hides the pointer on touch-only hardware, as --cursor does in Electron.
  const url = process.env.KIOSK_CURSOR ? `${host.url}?cursor=${encodeURIComponent(process.env.KIOSK_CURSOR)}` : host.url;
  console.log(`Serving ${url} in ${browser}`);
  removeStaleProfiles(log);
  const screen = screenSize();
  running.supervisor = new BrowserSupervisor({ browser, url, log, args: (profile) => kioskBrowserArgs(url, profile, screen) });
  running.supervisor.start();
}

/** What is missing from Chromium's managed policy, as a refusal; undefined when it is in place. */
function lockDownProblem(browser: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const dir = managedPolicyDir(browser);
  const wanted = JSON.parse(readFileSync(fileURLToPath(new URL('../../../packaging/linux/chromium-kiosk-policy.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
  const installed: Record<string, unknown>[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
    try {
      installed.push(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>);
    } catch {
      // Chromium ignores a file it cannot parse; so does this check.
    }
  }
  return policyRefusal(dir, missingPolicies(installed, wanted));
}

/** The X screen's size, so the window covers it with or without a window manager. */
function screenSize(): ScreenSize | undefined {
  if (!process.env.DISPLAY) return undefined;
  for (const [command, args] of [
    ['xrandr', ['--current']],
    ['xdpyinfo', []],
  ] as const) {
    try {
      const size = screenSizeFrom(execFileSync(command, args, { encoding: 'utf8', timeout: 3_000, stdio: ['ignore', 'pipe', 'ignore'] }));
      if (size) return size;
    } catch {
      // Not installed, or no X: try the next.
    }
  }
  return undefined;
}
