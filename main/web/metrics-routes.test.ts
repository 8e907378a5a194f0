// /metrics on the reception-desk surface, through the one handler, with real credentials and a
// real settings store: the password is needed, and the figures follow saves and crashes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { openAdminServices, type AdminServices } from '../core/admin-services.ts';
import { silentLogger } from '../core/logger.ts';
import { KioskHealth, type FleetReport } from '../core/fleet/kiosk-health.ts';
import type { GroupStatus } from '../core/fleet/group-poller.ts';
import { kioskMetrics } from '../core/fleet/metrics.ts';

const PASSWORD = 'reception desk 42';
let dir: string;
let store: SettingsStore;
let admin: AdminServices;
let health: KioskHealth;
let remote: WebApp;
let kiosk: WebApp;
let now: number;
const group: GroupStatus = { state: 'off', url: null, lastCheckAt: null, lastSuccessAt: null, issuedAt: null, appliedRevision: null, localChanges: [], problem: null };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-metrics-'));
  now = new Date(2026, 10, 25, 12, 0).getTime(); // a Wednesday, midday
  await mkdir(join(dir, 'page'));
  store = await SettingsStore.open(join(dir, 'data'), silentLogger);
  admin = await openAdminServices(join(dir, 'data'), { now: () => now, scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
  health = new KioskHealth(() => now);
  health.watch(store);
  const fleet: FleetReport = { health, group: () => group, storage: async () => ({ freeBytes: 5e9, totalBytes: 3.2e10 }) };
  const options = { store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log: silentLogger, version: '1.4.0', admin, fleet };
  remote = createWebApp({ ...options, surface: 'remote' });
  kiosk = createWebApp(options);
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

const basic = (password: string) => `Basic ${Buffer.from(`prometheus:${password}`).toString('base64')}`;
const scrape = (password?: string, app = remote) =>
  Promise.resolve(app.fetch(new Request('http://192.0.2.7:8088/metrics', { headers: password === undefined ? {} : { Authorization: basic(password) } })));
async function figures(): Promise<string> {
  const response = await scrape(PASSWORD);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toContain('text/plain; version=0.0.4');
  return response.text();
}

describe('GET /metrics', () => {
  it('needs the remote-admin password', async () => {
    expect((await scrape()).status).toBe(401); // no password set yet
    await admin.credentials.setRemotePassword(PASSWORD);
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toContain('Basic');
    expect((await scrape('not the password')).status).toBe(401);
    expect((await scrape(PASSWORD)).status).toBe(200);
    expect((await scrape(PASSWORD, kiosk)).status).toBe(404); // only on the reception-desk listener
  });

  it('stops accepting the old password once it is changed', async () => {
    await admin.credentials.setRemotePassword(PASSWORD);
    expect((await scrape(PASSWORD)).status).toBe(200);
    await admin.credentials.setRemotePassword('a new desk password');
    expect((await scrape(PASSWORD)).status).toBe(401);
    expect((await scrape('a new desk password')).status).toBe(200);
  });

  it('reports version, uptime, storage and settings, and the settings figures change on a save', async () => {
    await admin.credentials.setRemotePassword(PASSWORD);
    const first = await figures();
    expect(first).toContain('kiosk_info{version="1.4.0"} 1');
    expect(first).toContain(`kiosk_settings_info{revision="${store.current().revision}",source="defaults",origin="local"} 1`);
    expect(first).toContain('kiosk_settings_changes_total 0');
    expect(first).toContain('kiosk_storage_free_bytes 5000000000');
    expect(first).toContain('kiosk_display_state{state="on"} 1');
    now += 90_000;
    const { revision: before } = store.current();
    await store.save({ practice: { name: 'Threeways Surgery' } }, before);
    const second = await figures();
    expect(second).toContain('kiosk_uptime_seconds 90');
    expect(second).toContain(`kiosk_settings_info{revision="${store.current().revision}",source="file",origin="local"} 1`);
    expect(second).not.toContain(before);
    expect(second).toContain('kiosk_settings_changes_total 1');
    expect(second).toContain(`kiosk_settings_changed_timestamp_seconds ${now / 1000}`);
  });

  it('tells a screen dark by the opening hours from one whose page failed', async () => {
    await admin.credentials.setRemotePassword(PASSWORD);
    health.rendererGone('crashed');
    const failed = await figures();
    expect(failed).toContain('kiosk_display_state{state="failed"} 1');
    expect(failed).toContain(`kiosk_renderer_last_crash_timestamp_seconds ${now / 1000}`);
    health.pageLoaded();
    expect(await figures()).toContain('kiosk_display_state{state="on"} 1');
    await store.save({ openingHours: { enabled: true } }, store.current().revision);
    now = new Date(2026, 10, 25, 21, 0).getTime();
    expect(await figures()).toContain('kiosk_display_state{state="off-schedule"} 1');
  });
});

describe('kioskMetrics', () => {
  it('escapes label values as the exposition format requires', () => {
    const text = kioskMetrics({
      version: '1.0.0-"beta"\\x',
      nowMs: 0,
      startedAtMs: 0,
      settings: { revision: 'r', source: 'file', problem: false, changes: 0, changedAtMs: 0 },
      group,
      storage: null,
      lastCrash: null,
      display: 'on',
    });
    expect(text).toContain('kiosk_info{version="1.0.0-\\"beta\\"\\\\x"} 1');
    expect(text.endsWith('\n')).toBe(true);
  });
});
