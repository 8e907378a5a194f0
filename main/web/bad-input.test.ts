// Input that must be refused with a field-level problem (422, errors[].path naming the field),
// through the real handler: characters no text field may hold, links no QR code can carry,
// weak passwords, prototype keys; and If-Match as RFC 9110 reads it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { openAdminServices } from '../core/admin-services.ts';
import { silentLogger } from '../core/logger.ts';

const PIN = '135790';
let dir: string;
let kiosk: WebApp;
let store: SettingsStore;
let client: { cookie: string; csrf: string };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-input-'));
  store = await SettingsStore.open(join(dir, 'data'), silentLogger);
  const admin = await openAdminServices(join(dir, 'data'), { scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
  kiosk = createWebApp({ store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log: silentLogger, version: '1', admin });
  const response = await call('/pin', { method: 'POST', json: { pin: PIN } });
  client = { cookie: /kiosk_admin=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')![0], csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

function call(path: string, init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (client) headers.set('Cookie', client.cookie);
  if (client) headers.set('X-CSRF-Token', client.csrf);
  if (init.json !== undefined || init.body !== undefined) headers.set('Content-Type', 'application/json');
  const body = init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json));
  return Promise.resolve(kiosk.fetch(new Request(`http://kiosk.test/api/admin${path}`, { method: init.method ?? 'GET', headers, body })));
}

const save = (body: string) => call('/settings', { method: 'PUT', body, headers: { 'If-Match': `"${store.current().revision}"` } });
const doc = (value: unknown) => JSON.stringify(value);

// Each: what is sent (raw JSON text, so lone surrogates and __proto__ survive), and the field named.
const TOO_LONG_FOR_QR = `https://example.nhs.uk/${'é'.repeat(700)}`;
const REFUSED: { name: string; body: string; path: string }[] = [
  { name: 'NUL inside a link', body: doc({ links: { review: 'https://www.nhs.uk/a\u0000b' } }), path: 'links.review' },
  { name: 'a link too long for a QR code', body: doc({ links: { complaints: TOO_LONG_FOR_QR } }), path: 'links.complaints' },
  { name: 'C1 control U+0085 in a name', body: doc({ practice: { name: 'Three\u0085ways' } }), path: 'practice.name' },
  { name: 'C1 control U+009B in a notice', body: doc({ notices: [{ id: 'a', title: 'Flu', body: 'Clinic \u009b2J' }] }), path: 'notices.0.body' },
  { name: 'U+2028 in a name', body: doc({ practice: { name: 'Three\u2028ways' } }), path: 'practice.name' },
  { name: 'U+2029 in a paragraph', body: doc({ complaintsContact: { address: '1 High St\u2029Town' } }), path: 'complaintsContact.address' },
  { name: 'U+2028 at the end of a name (not trimmed away)', body: doc({ practice: { name: 'Threeways\u2028' } }), path: 'practice.name' },
  { name: 'a lone high surrogate', body: '{"practice":{"name":"Three\\ud83dways"}}', path: 'practice.name' },
  { name: 'a lone low surrogate in a translation', body: '{"notices":[{"id":"a","title":"Flu","body":"x","translations":{"cy":{"title":"\\ude00","body":"y"}}}]}', path: 'notices.0.translations.cy.title' },
  { name: 'a name that is only U+202E', body: doc({ practice: { name: '\u202e' } }), path: 'practice.name' },
  { name: 'a name of zero-width spaces', body: doc({ practice: { name: '\u200b\u200b\u200b' } }), path: 'practice.name' },
  { name: 'a phone number of bidi isolates', body: doc({ complaintsContact: { phone: '\u2066\u2069' } }), path: 'complaintsContact.phone' },
  { name: '__proto__ inside openingHours.week', body: '{"openingHours":{"week":{"__proto__":{"open":"08:00","close":"18:00"}}}}', path: 'openingHours.week.__proto__' },
  { name: '__proto__ inside translations', body: '{"notices":[{"id":"a","title":"Flu","body":"x","translations":{"__proto__":{"title":"t","body":"b"}}}]}', path: 'notices.0.translations.__proto__' },
];

describe('text no field may hold', () => {
  it(`refuses all ${REFUSED.length} with a problem naming the field, and stores nothing`, async () => {
    const before = store.current().revision;
    const notRefused: string[] = [];
    for (const row of REFUSED) {
      const response = await save(row.body);
      const problem = (await response.json()) as { errors?: { path: string; message: string }[] };
      if (response.status !== 422 || !problem.errors?.some((e) => e.path === row.path)) notRefused.push(`${row.name} (${response.status})`);
    }
    expect(notRefused).toEqual([]);
    expect(store.current().revision).toBe(before);
  });

  it('still accepts right-to-left marks inside real text, and a long link that fits', async () => {
    const response = await save(doc({ practice: { name: 'Threeways \u200fعيادة\u200f' }, links: { review: `https://example.nhs.uk/${'a'.repeat(1900)}` } }));
    expect(response.status).toBe(200);
  });
});

describe('the remote password', () => {
  const WEAK = [
    ['10 spaces', ' '.repeat(10)],
    ['10 NULs', '\u0000'.repeat(10)],
    ['10 zero-width spaces', '\u200b'.repeat(10)],
    ['9 characters made of 18 UTF-16 units', '😀'.repeat(9)],
    ['9 characters after NFC, 10 before (e + combining acute)', 'cafe\u0301abcde'],
    ['a lone surrogate', `abcdefghij\ud800`],
  ] as const;
  for (const [name, password] of WEAK) {
    it(`refuses ${name}, naming the field`, async () => {
      const response = await call('/remote-password', { method: 'PUT', json: { pin: PIN, password } });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('password');
    });
  }

  it('accepts ten real characters, emoji counted once each', async () => {
    expect((await call('/remote-password', { method: 'PUT', json: { pin: PIN, password: '😀'.repeat(10) } })).status).toBe(204);
  });
});

describe('If-Match (RFC 9110)', () => {
  const body = doc({ practice: { name: 'Changed' } });
  const put = (ifMatch: string) => call('/settings', { method: 'PUT', body, headers: { 'If-Match': ifMatch } });

  it('* matches whatever is stored', async () => {
    expect((await put('*')).status).toBe(200);
  });

  it('a list matches when any tag is the current one', async () => {
    expect((await put(`"aaaaaaaaaaaaaaaa", "${store.current().revision}"`)).status).toBe(200);
  });

  it('a weak tag never matches (strong comparison), nor a list without the current tag', async () => {
    const current = store.current().revision;
    expect((await put(`W/"${current}"`)).status).toBe(412);
    expect((await put(`"aaaaaaaaaaaaaaaa", W/"${current}"`)).status).toBe(412);
    expect(store.current().settings.practice.name).not.toBe('Changed');
  });
});

describe('a failure inside the kiosk', () => {
  it('answers 500 with a detail staff can act on, and no path', async () => {
    store.history = () => Promise.reject(Object.assign(new Error(`EIO: i/o error, scandir '${dir}/data/history'`), { code: 'EIO' }));
    const response = await call('/history');
    expect(response.status).toBe(500);
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail).toContain('read or write error');
    expect(problem.detail).toContain('restart the kiosk');
    expect(problem.detail).not.toContain(dir);
  });
});
