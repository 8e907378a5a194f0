// The reception-desk listener over real HTTP: it answers only to the Host names it serves (a page
// on another site that rebinds its own name to this address is refused), and serves only what
// docs/admin-api.md says: the admin page and /api/admin.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsStore } from '../../core/settings-store.ts';
import { openAdminServices } from '../../core/admin-services.ts';
import { hashSecret } from '../../core/credentials.ts';
import { silentLogger } from '../../core/logger.ts';
import { createWebApp } from '../../web/app.ts';
import { isServedHost, servedHosts, startRemoteListener, type RemoteListener } from './remote-listener.ts';

let dir: string;
let listener: RemoteListener | undefined;
let port: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-remote-'));
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ remoteAdmin: { enabled: true } }));
  await writeFile(join(dir, 'credentials.json'), JSON.stringify({ remotePassword: await hashSecret('reception desk 42', { N: 2 ** 10, r: 8, p: 1 }) }));
  const store = await SettingsStore.open(dir, silentLogger);
  const admin = await openAdminServices(dir);
  const app = createWebApp({ store, pageDir: join(dir, 'page'), localesDir: join(process.cwd(), 'locales'), log: silentLogger, version: '1', admin, surface: 'remote' });
  listener = startRemoteListener({ store, admin, app, port: 0, log: silentLogger });
  await vi.waitFor(() => expect(listener?.url()).not.toBeNull());
  port = Number(new URL(listener.url()!).port);
});
afterEach(async () => {
  await listener?.close();
  await rm(dir, { recursive: true, force: true });
});

function get(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

describe('the reception-desk listener', () => {
  it('answers its own addresses and names, and refuses any other Host (DNS rebinding) with 421', async () => {
    expect(await get('/api/admin/status', `127.0.0.1:${port}`)).toBe(200);
    expect(await get('/api/admin/status', `${new URL(listener!.url()!).hostname}:${port}`)).toBe(200);
    expect(await get('/api/admin/status', `localhost:${port}`)).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`, `LOCALHOST.evil.example:${port}`]) {
      expect(await get('/api/admin/status', host), host).toBe(421);
    }
  });

  it('serves only the admin page and /api/admin: no /api/locales, config or health', async () => {
    const host = `127.0.0.1:${port}`;
    for (const path of ['/api/locales', '/api/locales/cy', '/api/config', '/api/health', '/']) expect(await get(path, host), path).toBe(404);
    // The staff Languages section's status list, relative to the admin page.
    expect(await get('/admin/api/locales', host)).toBe(200);
  });

  it('knows IPv6 addresses in brackets, and the port', () => {
    const served = servedHosts(8088, { eth0: [{ address: 'FE80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 0 }] }, 'Reception-PC');
    expect(isServedHost('[fe80::1]:8088', 8088, served)).toBe(true);
    expect(isServedHost('reception-pc.local:8088', 8088, served)).toBe(true);
    expect(isServedHost('reception-pc:8089', 8088, served)).toBe(false);
    expect(isServedHost(undefined, 8088, served)).toBe(false);
  });
});
