import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { silentLogger } from '../core/logger.ts';

let dir: string;
let app: WebApp;
let store: SettingsStore;
const get = (path: string, init?: RequestInit) => app.fetch(new Request(`http://kiosk.test${path}`, init));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-web-'));
  const pageDir = join(dir, 'page');
  await mkdir(join(pageDir, 'assets'), { recursive: true });
  await writeFile(join(pageDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(pageDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'not for the page');
  store = await SettingsStore.open(join(dir, 'data'), silentLogger);
  app = createWebApp({ store, pageDir, localesDir: join(dir, 'locales'), log: silentLogger, version: '9.9.9' });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the web handler', () => {
  it('serves the page with a strict Content-Security-Policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>kiosk</title>');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves hashed assets as immutable and the page as no-cache', async () => {
    expect((await get('/assets/app-abc123.js')).headers.get('Cache-Control')).toContain('immutable');
    expect((await get('/')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('never serves files outside the page folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
    }
  });

  it('reports health as degraded while it reports a problem with the settings', async () => {
    await writeFile(join(dir, 'data', 'settings.json'), '{ not json');
    await store.reload();
    const health = (await (await get('/api/health')).json()) as { status: string; problem: string | null };
    expect(health.problem).toContain('settings.json was not used');
    expect(health.status).toBe('degraded');
  });

  it('reports health with the settings source, and the review set-up warning until the link is set', async () => {
    const health = async () => (await get('/api/health')).json() as Promise<{ warnings: { path: string }[] }>;
    expect(await health()).toMatchObject({ status: 'ok', version: '9.9.9', settings: 'defaults', problem: null });
    expect((await health()).warnings.map((w) => w.path)).toEqual(['links.review']);
    await store.save({ links: { review: 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001' } }, undefined);
    expect((await health()).warnings).toEqual([]);
  });

  it('serves the settings with an ETag and answers 304 when unchanged', async () => {
    const first = await get('/api/config');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(((await first.json()) as { practice: { name: string } }).practice.name).toBe('Your GP practice');
    expect((await get('/api/config', { headers: { 'If-None-Match': etag! } })).status).toBe(304);
    await store.save({ practice: { name: 'Changed' } }, undefined);
    const after = await get('/api/config', { headers: { 'If-None-Match': etag! } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { practice: { name: string } }).practice.name).toBe('Changed');
  });

  it('streams the revision on connect and after each change', async () => {
    const response = await get('/api/events');
    expect(response.headers.get('Content-Type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = (await reader.read()).value ?? '';
    expect(first).toContain(`data: ${store.current().revision}`);
    await store.save({ practice: { name: 'Changed' } }, undefined);
    const second = (await reader.read()).value ?? '';
    expect(second).toContain(`data: ${store.current().revision}`);
    await reader.cancel();
  });

  it('answers unknown API paths with problem details', async () => {
    const response = await get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  });
});
