// The admin API through the one request handler, with a real store and real credential files
// in a temporary directory. Every refused request must leave the stored settings untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { openAdminServices, type AdminServices } from '../core/admin-services.ts';
import { silentLogger } from '../core/logger.ts';
import { MAX_SETTINGS_BYTES } from './json-body.ts';
import { LANGUAGE_CODES } from '../common/languages.ts';

const PIN = '135790';
const PASSWORD = 'reception desk 42';
let dir: string;
let dataDir: string;
let store: SettingsStore;
let admin: AdminServices;
let kiosk: WebApp;
let remote: WebApp;
let now: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-admin-'));
  const pageDir = join(dir, 'page');
  dataDir = join(dir, 'data');
  await mkdir(join(pageDir, 'assets'), { recursive: true });
  await writeFile(join(pageDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(pageDir, 'admin.html'), '<!doctype html><title>admin</title>');
  await writeFile(join(pageDir, 'assets', 'admin-abc.js'), 'console.log(1)');
  now = Date.parse('2026-11-25T10:00:00Z');
  store = await SettingsStore.open(dataDir, silentLogger);
  // A cheap scrypt cost: these tests sign in dozens of times; credentials.test.ts uses the real one.
  admin = await openAdminServices(dataDir, { now: () => now, scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
  const options = { store, pageDir, localesDir: join(dir, 'locales'), log: silentLogger, version: '1.0.0', admin, remoteUrl: () => 'http://192.0.2.7:8088/admin/' };
  kiosk = createWebApp(options);
  remote = createWebApp({ ...options, surface: 'remote' });
});
// Lock-out state is written in the background; retry while a last write lands.
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

interface Client {
  cookie: string;
  csrf: string;
}

function call(app: WebApp, path: string, init: RequestInit & { client?: Client; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.client) {
    headers.set('Cookie', init.client.cookie);
    if (!headers.has('X-CSRF-Token')) headers.set('X-CSRF-Token', init.client.csrf);
  }
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  return Promise.resolve(app.fetch(new Request(`http://kiosk.test/api/admin${path}`, { ...init, headers, body })));
}

async function clientFrom(response: Response): Promise<Client> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  const cookie = /kiosk_admin=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')?.[0];
  expect(cookie).toBeDefined();
  return { cookie: cookie!, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

const setPin = () => call(kiosk, '/pin', { method: 'POST', json: { pin: PIN } }).then(clientFrom);
const fileBytes = () => readFile(join(dataDir, 'settings.json'), 'utf8');

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  return (await response.json()) as { status: number; detail: string; errors?: { path: string; message: string }[]; triesLeft?: number };
}

describe('first use and signing in', () => {
  it('reports no PIN, lets the kiosk set one once, and signs in with a secure cookie', async () => {
    const status = await (await call(kiosk, '/status')).json();
    expect(status).toEqual({ pinSet: false, signedIn: false, surface: 'kiosk', lockedUntil: null, credentialsProblem: null });
    const response = await call(kiosk, '/pin', { method: 'POST', json: { pin: PIN } });
    expect(response.status).toBe(201);
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^kiosk_admin=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/admin');
    const client = await clientFrom(response);
    expect(await (await call(kiosk, '/status', { client })).json()).toMatchObject({ pinSet: true, signedIn: true, remote: { enabled: false, url: 'http://192.0.2.7:8088/admin/' } });
    expect((await call(kiosk, '/pin', { method: 'POST', json: { pin: '999999' } })).status).toBe(409);
    expect(await readFile(join(dataDir, 'credentials.json'), 'utf8')).not.toContain(PIN);
  });

  it('refuses sign-in and PIN setup, saying why, when credentials.json is damaged', async () => {
    await writeFile(join(dataDir, 'credentials.json'), '{"pin": {"salt"');
    const damaged = createWebApp({ store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log: silentLogger, version: '1', admin: await openAdminServices(dataDir) });
    for (const [path, json] of [['/pin', { pin: PIN }], ['/session', { pin: PIN }]] as const) {
      const response = await call(damaged, path, { method: 'POST', json });
      expect(response.status).toBe(503);
      expect((await problemOf(response)).detail).toContain('move it aside');
    }
    expect(await (await call(damaged, '/status')).json()).toMatchObject({ pinSet: true, credentialsProblem: expect.stringContaining('damaged') });
  });

  it('refuses a PIN that is not 6 to 12 digits, naming the field', async () => {
    for (const pin of ['12345', 123456, '1234567890123', 'abcdef']) {
      const response = await call(kiosk, '/pin', { method: 'POST', json: { pin } });
      expect(response.status, String(pin)).toBe(422);
      expect((await problemOf(response)).errors).toEqual([{ path: 'pin', message: 'The PIN must be 6 to 12 digits' }]);
    }
    expect(((await (await call(kiosk, '/status')).json()) as { pinSet: boolean }).pinSet).toBe(false);
  });

  it('locks the PIN pad after five wrong tries, with Retry-After, and lifts it after 30 seconds', async () => {
    await setPin();
    for (let left = 4; left >= 1; left--) {
      const response = await call(kiosk, '/session', { method: 'POST', json: { pin: '000000' } });
      expect(response.status).toBe(401);
      expect((await problemOf(response)).triesLeft).toBe(left);
    }
    const fifth = await call(kiosk, '/session', { method: 'POST', json: { pin: '000000' } });
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get('Retry-After')).toBe('30');
    const locked = await call(kiosk, '/session', { method: 'POST', json: { pin: PIN } });
    expect(locked.status).toBe(429);
    expect(((await (await call(kiosk, '/status')).json()) as { lockedUntil: string }).lockedUntil).toBe(new Date(now + 30_000).toISOString());
    now += 30_000;
    expect((await call(kiosk, '/session', { method: 'POST', json: { pin: PIN } })).status).toBe(200);
    const audit = (await (await call(kiosk, '/audit', { client: await setPinClient() })).json()) as { events: { action: string; detail: string }[] };
    expect(audit.events.filter((e) => e.action === 'sign-in-refused')).toHaveLength(5);
    expect(JSON.stringify(audit)).not.toContain(PIN);
    expect(JSON.stringify(audit)).not.toContain('000000');
  });

  it('checks a burst of parallel guesses one at a time, so only five are ever tried', async () => {
    await setPin();
    const responses = await Promise.all(Array.from({ length: 12 }, () => call(kiosk, '/session', { method: 'POST', json: { pin: '000000' } })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(4).fill(401), ...Array(8).fill(429)]);
    const { events } = (await (await call(kiosk, '/audit', { client: await (now += 30_000, setPinClient()) })).json()) as { events: { action: string }[] };
    expect(events.filter((e) => e.action === 'sign-in-refused')).toHaveLength(5);
  });

  it('ends a kiosk session after two minutes untouched, and on sign-out', async () => {
    const client = await setPin();
    now += 2 * 60_000;
    expect((await call(kiosk, '/settings', { client })).status).toBe(401);
    const again = await clientFrom(await call(kiosk, '/session', { method: 'POST', json: { pin: PIN } }));
    expect((await call(kiosk, '/session', { method: 'DELETE', client: again })).status).toBe(204);
    expect((await call(kiosk, '/settings', { client: again })).status).toBe(401);
  });
});

async function setPinClient(): Promise<Client> {
  return clientFrom(await call(kiosk, '/session', { method: 'POST', json: { pin: PIN } }));
}

describe('saving settings', () => {
  let client: Client;
  let revision: string;
  beforeEach(async () => {
    client = await setPin();
    const first = await call(kiosk, '/settings', { method: 'PUT', client, json: { practice: { name: 'Threeways Surgery' } }, headers: { 'If-Match': `"${store.current().revision}"` } });
    expect(first.status).toBe(200);
    revision = store.current().revision;
  });

  it('reads with an ETag, saves over that revision, and the next save must name the new one', async () => {
    const read = await call(kiosk, '/settings', { client });
    expect(read.headers.get('ETag')).toBe(`"${revision}"`);
    const { settings } = (await read.json()) as { settings: { practice: { name: string } } };
    settings.practice.name = 'Fourways Surgery';
    const saved = await call(kiosk, '/settings', { method: 'PUT', client, json: settings, headers: { 'If-Match': `"${revision}"` } });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as { revision: string; settings: { practice: { name: string } } };
    expect(body.settings.practice.name).toBe('Fourways Surgery');
    expect(saved.headers.get('ETag')).toBe(`"${body.revision}"`);
    expect(JSON.parse(await fileBytes()).practice.name).toBe('Fourways Surgery');
    const stale = await call(kiosk, '/settings', { method: 'PUT', client, json: settings, headers: { 'If-Match': `"${revision}"` } });
    expect(stale.status).toBe(412);
  });

  const valid = () => ({ practice: { name: 'Changed' } });
  const big = { practice: { name: 'x' }, $schema: 'y'.repeat(MAX_SETTINGS_BYTES) };
  const rows: { name: string; init: () => RequestInit & { client?: Client; json?: unknown }; status: number; says: string; path?: string }[] = [
    { name: 'a number as text', init: () => ({ json: { display: { dwellSeconds: '12' } } }), status: 422, says: 'expected number', path: 'display.dwellSeconds' },
    { name: 'a number out of range', init: () => ({ json: { display: { dwellSeconds: 3 } } }), status: 422, says: 'At least 5 seconds', path: 'display.dwellSeconds' },
    { name: 'a huge number', init: () => ({ json: { journey: { idleSeconds: 1e308 } } }), status: 422, says: '600', path: 'journey.idleSeconds' },
    { name: 'a fraction', init: () => ({ json: { display: { dwellSeconds: 12.5 } } }), status: 422, says: 'expected int', path: 'display.dwellSeconds' },
    { name: 'an http link', init: () => ({ json: { links: { review: 'http://www.nhs.uk/' } } }), status: 422, says: 'starting with https://', path: 'links.review' },
    { name: 'a javascript: link', init: () => ({ json: { links: { complaints: 'javascript:alert(1)' } } }), status: 422, says: 'https://', path: 'links.complaints' },
    { name: 'an unknown top-level field', init: () => ({ json: { colour: 'red' } }), status: 422, says: 'Unknown setting: colour', path: '' },
    { name: 'an unknown nested field', init: () => ({ json: { practice: { name: 'X', logo: 'a.png' } } }), status: 422, says: 'Unknown setting: logo', path: 'practice' },
    { name: 'a line break in the practice name', init: () => ({ json: { practice: { name: 'A\nB' } } }), status: 422, says: 'line breaks', path: 'practice.name' },
    { name: 'an empty practice name', init: () => ({ json: { practice: { name: '   ' } } }), status: 422, says: 'Enter the practice name', path: 'practice.name' },
    { name: 'a notice title too long', init: () => ({ json: { notices: [{ id: 'flu', title: 'x'.repeat(61), body: '' }] } }), status: 422, says: '60 characters', path: 'notices.0.title' },
    { name: 'a newer settings version', init: () => ({ json: { version: 99 } }), status: 422, says: 'newer kiosk', path: 'version' },
    { name: 'a list instead of a document', init: () => ({ json: [1, 2] }), status: 422, says: 'expected object', path: '' },
    { name: 'null', init: () => ({ json: null, body: 'null', headers: { 'Content-Type': 'application/json' } }), status: 422, says: 'expected object', path: '' },
    { name: 'an oversized body', init: () => ({ json: big }), status: 413, says: '1 MB' },
    { name: 'a form post', init: () => ({ body: 'practice=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), status: 415, says: 'application/json' },
    { name: 'no content type', init: () => ({ body: new Blob([JSON.stringify(valid())]) }), status: 415, says: 'application/json' },
    { name: 'JSON in another charset', init: () => ({ json: valid(), headers: { 'Content-Type': 'application/json; charset=latin1' } }), status: 415, says: 'application/json' },
    { name: 'malformed JSON', init: () => ({ body: '{"practice": {"name": "X"', headers: { 'Content-Type': 'application/json' } }), status: 400, says: 'not valid JSON' },
    { name: 'bad UTF-8', init: () => ({ body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), headers: { 'Content-Type': 'application/json' } }), status: 400, says: 'UTF-8' },
    { name: 'no session', init: () => ({ client: undefined, json: valid() }), status: 401, says: 'Sign in' },
    { name: 'a made-up session', init: () => ({ client: { cookie: 'kiosk_admin=forged', csrf: client.csrf }, json: valid() }), status: 401, says: 'Sign in' },
    { name: 'no CSRF token', init: () => ({ client: undefined, headers: { Cookie: client.cookie }, json: valid() }), status: 403, says: 'X-CSRF-Token' },
    { name: 'a wrong CSRF token', init: () => ({ client: { ...client, csrf: 'wrong' }, json: valid() }), status: 403, says: 'X-CSRF-Token' },
    { name: 'another site’s origin', init: () => ({ json: valid(), headers: { Origin: 'https://evil.example' } }), status: 403, says: 'another site' },
    { name: 'no If-Match', init: () => ({ json: valid(), headers: { 'If-Match': '' } }), status: 428, says: 'If-Match' },
    { name: 'a stale revision', init: () => ({ json: valid(), headers: { 'If-Match': '"0123456789abcdef"' } }), status: 412, says: 'Someone else saved' },
  ];

  for (const row of rows) {
    it(`refuses ${row.name} with ${row.status}, and changes nothing`, async () => {
      const before = await fileBytes();
      const init = { client, ...row.init() };
      const headers = new Headers(init.headers);
      if (!headers.has('If-Match')) headers.set('If-Match', `"${revision}"`);
      else if (headers.get('If-Match') === '') headers.delete('If-Match');
      const response = await call(kiosk, '/settings', { method: 'PUT', ...init, headers });
      expect(response.status).toBe(row.status);
      const problem = await problemOf(response);
      expect(problem.status).toBe(row.status);
      expect(problem.detail).toContain(row.says);
      if (row.path !== undefined) expect(problem.errors?.map((e) => e.path)).toContain(row.path);
      expect(store.current().revision).toBe(revision);
      expect(await fileBytes()).toBe(before);
      expect((await store.history()).length).toBe(1);
    });
  }

  it('stores <script> in a notice as plain text and serves it back as JSON text', async () => {
    const title = '<script>alert("hi")</script>';
    const body = '<img src=x onerror=alert(1)> & "quotes"';
    const saved = await call(kiosk, '/settings', { method: 'PUT', client, json: { notices: [{ id: 'x', title, body }] }, headers: { 'If-Match': `"${revision}"` } });
    expect(saved.status).toBe(200);
    for (const response of [await call(kiosk, '/settings', { client }), await kiosk.fetch(new Request('http://kiosk.test/api/config'))]) {
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      const json = (await response.json()) as { notices?: { title: string; body: string }[]; settings?: { notices: { title: string; body: string }[] } };
      const notice = (json.settings ?? json).notices![0]!;
      expect(notice).toMatchObject({ title, body });
    }
  });

  it('saves the largest document the schema allows: 20 notices, each in every language at full length', async () => {
    const translations = Object.fromEntries(LANGUAGE_CODES.filter((c) => c !== 'en').map((c) => [c, { title: 'த'.repeat(80), body: 'த'.repeat(400) }]));
    const notices = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, title: 'x'.repeat(60), body: 'y'.repeat(280), translations }));
    const response = await call(kiosk, '/settings', { method: 'PUT', client, json: { notices }, headers: { 'If-Match': `"${revision}"` } });
    expect(response.status).toBe(200);
    expect(store.current().settings.notices).toHaveLength(20);
  });

  it('checks a document without saving it, normalised with defaults', async () => {
    const before = await fileBytes();
    const ok = await call(kiosk, '/settings/check', { method: 'POST', client, json: { practice: { name: 'Imported' } } });
    expect(ok.status).toBe(200);
    const { settings } = (await ok.json()) as { settings: { practice: { name: string }; display: { dwellSeconds: number } } };
    expect(settings.practice.name).toBe('Imported');
    expect(settings.display.dwellSeconds).toBe(12);
    const bad = await call(kiosk, '/settings/check', { method: 'POST', client, json: { display: { dwellSeconds: 500 } } });
    expect(bad.status).toBe(422);
    expect((await problemOf(bad)).errors?.[0]).toEqual({ path: 'display.dwellSeconds', message: 'At most 120 seconds' });
    expect(await fileBytes()).toBe(before);
  });

  it('lists history newest first, reads a version, and restores it over the current revision', async () => {
    await call(kiosk, '/settings', { method: 'PUT', client, json: { practice: { name: 'Second' } }, headers: { 'If-Match': `"${revision}"` } });
    const { versions } = (await (await call(kiosk, '/history', { client })).json()) as { versions: { id: string; revision: string; savedAt: string }[] };
    expect(versions).toHaveLength(2);
    expect(versions[1]?.revision).toBe(revision);
    const old = (await (await call(kiosk, `/history/${versions[1]!.id}`, { client })).json()) as { settings: { practice: { name: string } }; revision: string };
    expect(old.settings.practice.name).toBe('Threeways Surgery');
    expect(old.revision).toBe(revision);
    expect((await call(kiosk, `/history/${versions[1]!.id}/restore`, { method: 'POST', client })).status).toBe(428);
    expect((await call(kiosk, `/history/${versions[1]!.id}/restore`, { method: 'POST', client, headers: { 'If-Match': `"${revision}"` } })).status).toBe(412);
    const restored = await call(kiosk, `/history/${versions[1]!.id}/restore`, { method: 'POST', client, headers: { 'If-Match': `"${store.current().revision}"` } });
    expect(restored.status).toBe(200);
    expect(store.current().settings.practice.name).toBe('Threeways Surgery');
    expect((await call(kiosk, '/history/nope', { client })).status).toBe(404);
  });

  it('exports the settings as an attachment, never a credential', async () => {
    await call(kiosk, '/remote-password', { method: 'PUT', client, json: { pin: PIN, password: PASSWORD } });
    const response = await call(kiosk, '/export', { client });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="kiosk-settings-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await response.text();
    expect(JSON.parse(text).practice.name).toBe('Threeways Surgery');
    for (const secret of [PIN, PASSWORD, 'salt', 'scrypt', 'hash']) expect(text).not.toContain(secret);
  });

  it('keeps an audit of what changed, not the values', async () => {
    await call(kiosk, '/settings', { method: 'PUT', client, json: { practice: { name: 'Dr Jones’s Surgery' } }, headers: { 'If-Match': `"${revision}"` } });
    const { events } = (await (await call(kiosk, '/audit', { client })).json()) as { events: { action: string; surface: string; detail: string }[] };
    expect(events[0]).toMatchObject({ action: 'settings-saved', surface: 'kiosk', detail: 'changed practice.name' });
    expect(JSON.stringify(events)).not.toContain('Jones');
  });

  it('changes the PIN only with the current one, and ends other sessions', async () => {
    const other = await setPinClient();
    const wrong = await call(kiosk, '/pin', { method: 'PUT', client, json: { currentPin: '000000', newPin: '24682468' } });
    expect(wrong.status).toBe(401);
    expect((await call(kiosk, '/pin', { method: 'PUT', client, json: { currentPin: PIN, newPin: '123' } })).status).toBe(422);
    expect((await call(kiosk, '/pin', { method: 'PUT', client, json: { currentPin: PIN, newPin: '24682468' } })).status).toBe(204);
    expect((await call(kiosk, '/settings', { client: other })).status).toBe(401);
    expect((await call(kiosk, '/session', { method: 'POST', json: { pin: '24682468' } })).status).toBe(200);
  });
});

describe('the remote surface', () => {
  it('serves only the admin page and admin API', async () => {
    for (const path of ['/', '/index.html', '/api/config', '/api/events', '/api/health', '/assets/admin-abc.js']) {
      const response = await remote.fetch(new Request(`http://desk.test${path}`));
      expect(response.status, path).toBe(404);
    }
    expect(await (await remote.fetch(new Request('http://desk.test/admin/'))).text()).toContain('<title>admin</title>');
    expect((await remote.fetch(new Request('http://desk.test/admin/assets/admin-abc.js'))).status).toBe(200);
    expect(await (await call(remote, '/status')).json()).toMatchObject({ surface: 'remote' });
  });

  it('cannot set or change the PIN, and signs in with the password only', async () => {
    expect((await call(remote, '/pin', { method: 'POST', json: { pin: PIN } })).status).toBe(404);
    expect(((await (await call(kiosk, '/status')).json()) as { pinSet: boolean }).pinSet).toBe(false);
    const kioskClient = await setPin();
    await call(kiosk, '/remote-password', { method: 'PUT', client: kioskClient, json: { pin: PIN, password: PASSWORD } });
    expect((await call(remote, '/settings', { client: kioskClient })).status).toBe(401);
    expect((await call(remote, '/session', { method: 'POST', json: { password: PIN } })).status).toBe(401);
    const desk = await clientFrom(await call(remote, '/session', { method: 'POST', json: { password: PASSWORD } }));
    expect((await call(remote, '/pin', { method: 'PUT', client: desk, json: { currentPin: PIN, newPin: '999999' } })).status).toBe(404);
    const saved = await call(remote, '/settings', { method: 'PUT', client: desk, json: { practice: { name: 'From the desk' } }, headers: { 'If-Match': `"${store.current().revision}"` } });
    expect(saved.status).toBe(200);
    expect(store.current().settings.practice.name).toBe('From the desk');
  });

  it('has its own lock-out, so guessing from the network cannot lock the kiosk', async () => {
    await setPin();
    for (let i = 0; i < 5; i++) await call(remote, '/session', { method: 'POST', json: { password: 'guess guess guess' } });
    expect((await call(remote, '/session', { method: 'POST', json: { password: PASSWORD } })).status).toBe(429);
    expect((await call(kiosk, '/session', { method: 'POST', json: { pin: PIN } })).status).toBe(200);
  });
});

describe('leaving kiosk mode', () => {
  it('quits through the host only for signed-in staff on the kiosk, with the CSRF token', async () => {
    let quits = 0;
    const pageDir = join(dir, 'page');
    const shelled = createWebApp({ store, pageDir, localesDir: join(dir, 'locales'), log: silentLogger, version: '1.0.0', admin, shell: { quit: () => quits++ } });
    expect((await call(shelled, '/shell/quit', { method: 'POST' })).status).toBe(401);
    const client = await setPin();
    expect(((await (await call(shelled, '/status', { client })).json()) as { canQuit: boolean }).canQuit).toBe(true);
    expect(((await (await call(kiosk, '/status', { client })).json()) as { canQuit: boolean }).canQuit).toBe(false);

    expect((await call(shelled, '/shell/quit', { method: 'POST', client, headers: { 'X-CSRF-Token': 'forged' } })).status).toBe(403);
    expect((await call(kiosk, '/shell/quit', { method: 'POST', client })).status).toBe(404);
    expect(quits).toBe(0);

    expect((await call(shelled, '/shell/quit', { method: 'POST', client })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quits).toBe(1);
  });
});
