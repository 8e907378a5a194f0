// Counts through the one request handler, with real stores in a temporary directory: the page's
// POST (kiosk surface only), and the staff routes (signed in; CSV; clear; turned off).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { openAdminServices } from '../core/admin-services.ts';
import { CountsStore } from '../core/counts-store.ts';
import { dayOf } from '../core/counts.ts';
import { silentLogger } from '../core/logger.ts';

const PIN = '135790';
let dir: string;
let store: SettingsStore;
let counts: CountsStore;
let kiosk: WebApp;
let remote: WebApp;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-counts-web-'));
  const pageDir = join(dir, 'page');
  await mkdir(pageDir, { recursive: true });
  store = await SettingsStore.open(join(dir, 'data'), silentLogger);
  const admin = await openAdminServices(join(dir, 'data'), { scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
  counts = await CountsStore.open(join(dir, 'data'), silentLogger, { enabled: () => store.current().settings.counts.enabled, flushMs: 60_000 });
  const options = { store, pageDir, localesDir: join(dir, 'locales'), log: silentLogger, version: '1', admin, counts };
  kiosk = createWebApp(options);
  remote = createWebApp({ ...options, surface: 'remote' });
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

const post = (app: WebApp, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(app.fetch(new Request('http://kiosk.test/api/counts', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })));

async function signIn(): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const set = await kiosk.fetch(new Request('http://kiosk.test/api/admin/pin', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: PIN }) }));
  const cookie = /kiosk_admin=[^;]+/.exec(set.headers.get('Set-Cookie') ?? '')![0];
  const { csrfToken } = (await set.json()) as { csrfToken: string };
  return (path, init = {}) => Promise.resolve(kiosk.fetch(new Request(`http://kiosk.test/api/admin/counts${path}`, { ...init, headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } })));
}

describe('POST /api/counts', () => {
  it('counts a screen or a code shown, in its language, today', async () => {
    expect((await post(kiosk, { lang: 'pl', event: 'screen-review' })).status).toBe(204);
    expect((await post(kiosk, { lang: 'pl', event: 'qr-review' })).status).toBe(204);
    expect((await post(kiosk, { lang: 'pl', event: 'qr-review' })).status).toBe(204);
    expect(counts.current().days[dayOf(new Date())]).toEqual({ pl: { 'screen-review': 1, 'qr-review': 2 } });
  });

  it('takes nothing it does not count, and nothing from another site or the desk', async () => {
    expect((await post(kiosk, { lang: 'xx', event: 'qr-review' })).status).toBe(422);
    expect((await post(kiosk, { lang: 'en', event: 'visitor-name' })).status).toBe(422);
    expect((await post(kiosk, { lang: 'en', event: 'qr-review' }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(remote, { lang: 'en', event: 'qr-review' })).status).toBe(404);
    expect(counts.current().days).toEqual({});
  });

  it('counts nothing while counting is turned off', async () => {
    const saved = await store.save({ counts: { enabled: false } }, undefined);
    expect(saved.ok).toBe(true);
    expect((await post(kiosk, { lang: 'en', event: 'qr-review' })).status).toBe(204);
    expect(counts.current().days).toEqual({});
  });
});

describe('/api/admin/counts', () => {
  it('needs a signed-in member of staff', async () => {
    const response = await kiosk.fetch(new Request('http://kiosk.test/api/admin/counts'));
    expect(response.status).toBe(401);
  });

  it('gives twelve weeks, the CSV with its columns, and clears', async () => {
    await post(kiosk, { lang: 'ur', event: 'qr-complaint' });
    const staff = await signIn();
    const summary = (await (await staff('')).json()) as { enabled: boolean; weeks: { totals: Record<string, number> }[] };
    expect(summary.enabled).toBe(true);
    expect(summary.weeks).toHaveLength(12);
    expect(summary.weeks[11]?.totals['qr-complaint']).toBe(1);
    const csv = await staff('/csv');
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(await csv.text()).toBe(`date,language,event,count\r\n${dayOf(new Date())},ur,qr-complaint,1\r\n`);
    expect((await staff('', { method: 'DELETE' })).status).toBe(204);
    expect(counts.current().days).toEqual({});
  });
});
