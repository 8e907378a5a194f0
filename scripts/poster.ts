// `npm run poster`: prints the poster (or a pack of them and the desk leaflet) to PDF with the
// system's Chromium. It serves the built page from the kiosk's own web handler on loopback, with
// the settings in --data-dir (read only: no staff sign-in, no reception-desk listener, no
// counting), and prints /poster/ exactly as staff would at the desk. Nothing leaves the machine.
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from '@playwright/test';
import { SettingsStore } from '../main/core/settings-store.ts';
import { createWebApp } from '../main/web/app.ts';
import { silentLogger, consoleLogger } from '../main/core/logger.ts';
import { findBrowser } from '../main/hosts/node/find-browser.ts';
import { parsePosterArgs, USAGE } from './poster-args.ts';
import { posterQuery, type PosterRequest } from '../renderer/poster/poster-request.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

interface Job {
  readonly request: PosterRequest;
  readonly file: string;
}

async function main(): Promise<void> {
  const args = parsePosterArgs(process.argv.slice(2));
  const store = await SettingsStore.open(args.dataDir, silentLogger);
  const settings = store.current().settings;
  let jobs: Job[];
  if (args.mode === 'one') {
    jobs = [{ request: { kind: 'poster', lang: args.lang, size: args.size, besideEnglish: args.besideEnglish }, file: resolve(args.out) }];
  } else {
    await mkdir(args.out, { recursive: true });
    const paired = settings.languages.mode !== 'single';
    const shown = settings.languages.mode === 'wales' ? ['cy'] : settings.languages.shown;
    jobs = shown.map((lang) => ({
      request: { kind: 'poster', lang, size: args.size, besideEnglish: paired && lang !== 'en' },
      file: resolve(args.out, `poster-${lang}${paired && lang !== 'en' ? '-en' : ''}-${args.size}.pdf`),
    }));
    const leafletLang = settings.languages.mode === 'wales' ? 'cy' : settings.languages.default;
    jobs.push({ request: { kind: 'leaflet', lang: leafletLang, size: 'A4', besideEnglish: leafletLang !== 'en' }, file: resolve(args.out, `leaflet-${leafletLang}-A4.pdf`) });
  }

  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const app = createWebApp({ store, pageDir: join(root, 'dist/renderer'), localesDir: join(root, 'locales'), log: consoleLogger, version });
  const server = await new Promise<ServerType>((done, fail) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
    s.once('error', fail);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = process.env.CHROMIUM_PATH ?? findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set CHROMIUM_PATH');
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    });
    const page = await browser.newPage();
    // Only the loopback host is reachable from the page: anything else would be a bug.
    await page.route((url) => url.origin !== origin, (route) => route.abort());
    for (const job of jobs) {
      await page.goto(`${origin}/poster/${posterQuery(job.request)}`);
      await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
      const ready = await page.getAttribute('body', 'data-ready');
      if (ready !== 'true') throw new Error(`The poster could not be made: ${await page.textContent('poster-page')}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      await writeFile(job.file, pdf);
      console.log(`Wrote ${job.file}`);
    }
  } finally {
    await browser?.close();
    server.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`Cannot make the poster: ${(error as Error).message}`);
  if (!(error instanceof Error) || !error.message.includes('usage')) console.error(USAGE);
  process.exit(1);
}
