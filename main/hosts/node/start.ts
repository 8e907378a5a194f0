// `npm start`: the kiosk. The Node host serves the page; the system's Chromium shows it full
// screen in kiosk mode. Without a browser it prints the address to open.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleLogger } from '../../core/logger.ts';
import { parseHostArgs } from './command-line.ts';
import { startHttpHost } from './http-host.ts';
import { findBrowser } from './find-browser.ts';
import { kioskBrowserArgs } from './kiosk-browser-args.ts';

const host = await startHttpHost(parseHostArgs(process.argv.slice(2)), consoleLogger);
const browser = findBrowser();
if (!browser) {
  console.log(`No Chromium found. Open ${host.url} in a browser (full screen), or set KIOSK_BROWSER.`);
} else {
  console.log(`Serving ${host.url} in ${browser}`);
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-browser-'));
  const child = spawn(browser, kioskBrowserArgs(host.url, profile), { stdio: 'ignore' });
  child.once('exit', (code) => {
    console.log(`The browser closed (${code ?? 'signal'}); stopping.`);
    void host.close().then(() => process.exit(0));
  });
}
const stop = () => void host.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
