// Group settings on the page: the real Node host (`serve.ts`) points at a signed group file on a
// loopback HTTPS server with a certificate made here, which only that host trusts (through
// NODE_EXTRA_CA_CERTS in its own environment); the page in Chromium shows the group's settings.
import { test, expect } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateGroupKeyPair, signGroupDocument } from '../main/core/fleet/group-document.ts';
import { signIn } from './support/admin-client.ts';
import { startKioskServer } from './support/kiosk-server.ts';

let dir: string;
let server: Server;
let host: ChildProcess;
let kioskUrl: string;
let file: string;
const group = generateGroupKeyPair();

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-fleet-e2e-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=fleet.e2e', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  file = signGroupDocument({ settings: { practice: { name: 'Riverside Group Practice' } }, localKeys: [] }, group.privateKeyPem);
  server = createServer({ cert: await readFile(join(dir, 'cert.pem')), key: await readFile(join(dir, 'key.pem')) }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"one"' });
    res.end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const groupUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/group-settings.json`;

  const dataDir = join(dir, 'data');
  await mkdir(dataDir);
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ practice: { name: 'Before the group' }, group: { url: groupUrl, publicKey: group.publicKey } }));
  host = spawn(process.execPath, ['main/hosts/node/serve.ts', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') },
  });
  kioskUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host did not start')), 15_000);
    createInterface({ input: host.stdout! }).on('line', (line) => {
      const match = /^Serving (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
});

test.afterAll(async () => {
  if (host && host.exitCode === null) {
    const exited = new Promise((resolve) => host.once('exit', resolve));
    host.kill('SIGTERM');
    await exited;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

test('a kiosk shows the settings its group signed and published', async ({ page }) => {
  await page.goto(kioskUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Group Practice');
  const health = (await (await fetch(`${kioskUrl}api/health`)).json()) as { group: { state: string; problem: string | null } };
  expect(health.group).toMatchObject({ state: 'ok', problem: null });
});

test('Prometheus scrapes the reception-desk listener with the remote password, and sees a save', async () => {
  const kiosk = await startKioskServer({ settings: { remoteAdmin: { enabled: true } }, args: ['--remote-port', '0'] });
  try {
    const staff = await signIn(kiosk.url, '/pin', { pin: '482916' });
    expect((await staff.request('/remote-password', { method: 'PUT', json: { pin: '482916', password: 'front desk password' } })).status).toBe(204);
    const [, , port] = await kiosk.waitForLine(/^Remote admin http:\/\/([\d.]+):(\d+)\/admin\/$/);
    const metrics = `http://127.0.0.1:${port}/metrics`;
    const scrape = (password?: string) =>
      fetch(metrics, { headers: password ? { Authorization: `Basic ${Buffer.from(`prometheus:${password}`).toString('base64')}` } : {} });
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong password')).status).toBe(401);
    const before = await (await scrape('front desk password')).text();
    expect(before).toMatch(/^kiosk_info\{version="\d+\.\d+\.\d+"\} 1$/m);
    expect(before).toContain('kiosk_settings_changes_total 0');
    expect((await staff.update((s) => (s.practice.name = 'Scraped Surgery'))).status).toBe(200);
    const after = await (await scrape('front desk password')).text();
    expect(after).toContain('kiosk_settings_changes_total 1');
    const revision = (text: string) => /kiosk_settings_info\{revision="([^"]+)"/.exec(text)?.[1];
    expect(revision(after)).not.toBe(revision(before));
    expect((await fetch(`${kiosk.url}metrics`)).status).toBe(404); // not on the patient's loopback page
  } finally {
    await kiosk.stop();
  }
});
