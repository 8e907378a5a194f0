import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import type { Logger } from '../core/logger.ts';
import { LANGUAGES } from '../common/languages.ts';
import type { LocaleList } from '../common/api-contract.ts';
import { sourceHash } from '../core/locale-status.ts';

let dir: string;
let app: WebApp;
let logged: string[];
const get = (path: string) => app.fetch(new Request(`http://kiosk.test${path}`));
const log: Logger = { info() {}, warn() {}, error: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`) };

async function writeLocale(code: string, content: unknown) {
  await mkdir(join(dir, 'locales', code), { recursive: true });
  await writeFile(join(dir, 'locales', code, 'kiosk.json'), typeof content === 'string' ? content : JSON.stringify(content));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-locales-'));
  logged = [];
  await writeLocale('en', { _meta: { status: 'source' }, menu: { back: 'Back' } });
  await writeLocale('cy', { _meta: { status: 'draft', reviewedBy: null }, menu: { back: 'Yn ôl' } });
  await writeLocale('pl', { _meta: { status: 'reviewed', reviewedBy: 'A. Nowak, 2026-11-20' }, menu: { back: 'Wstecz' } });
  await writeLocale('ar', '{ "_meta": { "status": "draft" }, "menu": ');
  await writeLocale('fr', { _meta: { status: 'finished' }, menu: { back: 'Retour' } });
  await writeLocale('..', { secret: true });
  const store = await SettingsStore.open(join(dir, 'data'), log);
  app = createWebApp({ store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log, version: '1' });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('GET /api/locales', () => {
  it('lists every language the kiosk offers with its review status', async () => {
    const list = (await (await get('/api/locales')).json()) as LocaleList;
    expect(list.map((l) => l.code)).toEqual(LANGUAGES.map((l) => l.code));
    const byCode = new Map(list.map((l) => [l.code, l]));
    expect(byCode.get('en')).toMatchObject({ status: 'source', reviewedBy: null, endonym: 'English', english: 'English', dir: 'ltr' });
    expect(byCode.get('cy')).toMatchObject({ status: 'draft', reviewedBy: null, endonym: 'Cymraeg' });
    expect(byCode.get('pl')).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Nowak, 2026-11-20' });
    expect(byCode.get('ur')).toMatchObject({ status: 'missing', dir: 'rtl' });
  });

  it('reports a broken file as invalid, says why in the log, and keeps going', async () => {
    const list = (await (await get('/api/locales')).json()) as LocaleList;
    expect(list.find((l) => l.code === 'ar')).toMatchObject({ status: 'invalid', problem: expect.stringContaining('Not valid JSON') });
    expect(list.find((l) => l.code === 'fr')).toMatchObject({ status: 'invalid', problem: expect.stringContaining('_meta.status') });
    expect(logged.join('\n')).toMatch(/ar[/\\]kiosk\.json.*Not valid JSON/);
    expect(logged.join('\n')).toMatch(/fr[/\\]kiosk\.json.*_meta\.status/);
  });
});

describe('GET /api/locales/:code', () => {
  it('serves a language’s text without its _meta', async () => {
    const response = await get('/api/locales/cy');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ menu: { back: 'Yn ôl' } });
  });

  it('lists a reviewed translation’s checked keys, leaving out those whose English changed since', async () => {
    await writeLocale('en', { _meta: { status: 'source' }, menu: { back: 'Back', title: 'How can we help?' } });
    await writeLocale('pl', {
      _meta: { status: 'reviewed', reviewedBy: 'A. Nowak', sourceHashes: { 'menu.back': sourceHash('Back'), 'menu.title': sourceHash('How may we help?') } },
      menu: { back: 'Wstecz', title: 'W czym możemy pomóc?' },
    });
    const store = await SettingsStore.open(join(dir, 'data'), log);
    app = createWebApp({ store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log, version: '1' });
    expect(((await (await get('/api/locales/pl')).json()) as { _checked: string[] })._checked).toEqual(['menu.back']);
    const list = (await (await get('/api/locales')).json()) as { code: string; keys?: unknown }[];
    expect(list.find((l) => l.code === 'pl')?.keys).toEqual({ reviewed: 1, draft: 0, stale: 1 });
  });

  it('answers 404 for a missing, broken or unknown language, and never reads outside the folder', async () => {
    for (const code of ['ur', 'ar', 'fr', 'xx', '..', '%2e%2e', 'constructor', '__proto__']) {
      const response = await get(`/api/locales/${code}`);
      expect(response.status, code).toBe(404);
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    }
  });
});
