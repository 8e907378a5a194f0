// Nothing for the signed-out: the status the sign-in screen reads (on the kiosk and on the practice
// network) and /api/health never carry the data folder's path or a file's contents. A settings.json
// that is a link to /etc/passwd is the worst case: its parse error quotes the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebApp, type WebApp } from './app.ts';
import { SettingsStore } from '../core/settings-store.ts';
import { openAdminServices } from '../core/admin-services.ts';
import { silentLogger } from '../core/logger.ts';

let dir: string;
let dataDir: string;
let apps: Record<'kiosk' | 'remote', WebApp>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-signed-out-'));
  dataDir = join(dir, 'data');
  const store = await SettingsStore.open(dataDir, silentLogger);
  await symlink('/etc/passwd', join(dataDir, 'settings.json'));
  await writeFile(join(dataDir, 'credentials.json'), '{"pin": {"salt"');
  await store.reload();
  const admin = await openAdminServices(dataDir);
  const options = { store, pageDir: join(dir, 'page'), localesDir: join(dir, 'locales'), log: silentLogger, version: '1', admin };
  apps = { kiosk: createWebApp(options), remote: createWebApp({ ...options, surface: 'remote' }) };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const text = async (app: WebApp, path: string, init?: RequestInit) => (await app.fetch(new Request(`http://kiosk.test${path}`, init))).text();
const leaks = (body: string) => [dataDir, 'root:', '/etc/passwd', 'not valid JSON'].filter((secret) => body.includes(secret));

describe('what the signed-out see', () => {
  for (const surface of ['kiosk', 'remote'] as const) {
    it(`the ${surface} status says only what sign-in needs: no path, no file contents`, async () => {
      const body = await text(apps[surface], '/api/admin/status');
      expect(leaks(body)).toEqual([]);
      expect(Object.keys(JSON.parse(body)).sort()).toEqual(['credentialsProblem', 'lockedUntil', 'pinSet', 'signedIn', 'surface']);
      expect(JSON.parse(body).credentialsProblem).toContain('move it aside');
    });
  }

  it('sign-in refused for a damaged credentials file says how to reset, without the path', async () => {
    const body = await text(apps.kiosk, '/api/admin/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"pin":"135790"}' });
    expect(body).toContain('move it aside');
    expect(leaks(body)).toEqual([]);
  });

  it('health says a problem exists, without its words', async () => {
    const health = JSON.parse(await text(apps.kiosk, '/api/health')) as { problem: string | null };
    expect(health.problem).not.toBeNull();
    expect(leaks(JSON.stringify(health))).toEqual([]);
  });
});
