// `npm start`: the kiosk. Electron where a binary is on this machine; otherwise (saying why, in
// one line) the Node host serves the page and the system's Chromium shows it full screen in
// kiosk mode. Without a browser either, it prints the address.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleLogger } from '../../core/logger.ts';
import { chooseShell, type ShellChoice } from '../../core/kiosk/shell-choice.ts';
import { parseHostArgs } from './command-line.ts';
import { startHttpHost } from './http-host.ts';
import { findBrowser } from './find-browser.ts';
import { kioskBrowserArgs } from './kiosk-browser-args.ts';
import { launchElectron } from './electron-launcher.ts';

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
  console.error(`Cannot start the kiosk: ${(error as Error).message}`);
  process.exit(2);
}

if (choice.shell === 'electron') {
  console.log(`Starting the Electron kiosk (${choice.executable})`);
  launchElectron(choice.executable, process.argv.slice(2));
} else {
  console.log(`Electron not used: ${choice.reason}; falling back to the system's Chromium in kiosk mode.`);
  await startChromiumKiosk();
}

async function startChromiumKiosk(): Promise<void> {
  const host = await startHttpHost(parseHostArgs(process.argv.slice(2)), consoleLogger);
  const browser = findBrowser();
  if (!browser) {
    console.log(`No Chromium found. Open ${host.url} in a browser (full screen), or set KIOSK_BROWSER.`);
  } else {
    // KIOSK_CURSOR=hidden hides the pointer on touch-only hardware, as --cursor does in Electron.
    const url = process.env.KIOSK_CURSOR ? `${host.url}?cursor=${encodeURIComponent(process.env.KIOSK_CURSOR)}` : host.url;
    console.log(`Serving ${url} in ${browser}`);
    const profile = mkdtempSync(join(tmpdir(), 'kiosk-browser-'));
    const child = spawn(browser, kioskBrowserArgs(url, profile), { stdio: 'ignore' });
    child.once('exit', (code) => {
      console.log(`The browser closed (${code ?? 'signal'}); stopping.`);
      void host.close().then(() => process.exit(0));
    });
  }
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
