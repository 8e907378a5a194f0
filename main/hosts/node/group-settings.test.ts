// Group settings end to end: a real HTTPS file server on loopback with a self-signed certificate
// made here (trusted only by the poller under test, through its `ca` option), real Ed25519 keys,
// real settings stores in temporary directories, and the kiosk's own web handler to read back.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { mkdtemp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsStore } from '../../core/settings-store.ts';
import { AuditLog } from '../../core/audit-log.ts';
import { silentLogger } from '../../core/logger.ts';
import { generateGroupKeyPair, signGroupDocument, GROUP_FORMAT } from '../../core/fleet/group-document.ts';
import { GroupPoller } from '../../core/fleet/group-poller.ts';
import { KioskHealth, type FleetReport } from '../../core/fleet/kiosk-health.ts';
import { createWebApp, type WebApp } from '../../web/app.ts';
import { httpsGroupFetch } from './group-fetch.ts';

type Mode = 'serve' | 'hang' | 'reset';

let dir: string;
let cert: string;
let key: string;
let server: Server;
let url: string;
let mode: Mode = 'serve';
let file = '';
const requests: Array<{ ifNoneMatch: string | undefined; status: number }> = [];
const sockets = new Set<Duplex>();
const group = generateGroupKeyPair();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-group-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=group-settings.test', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  [cert, key] = await Promise.all([readFile(join(dir, 'cert.pem'), 'utf8'), readFile(join(dir, 'key.pem'), 'utf8')]);
  // A static file host, as any web server would be: ETag from the content, 304 when it matches.
  server = createServer({ cert, key }, (req, res) => {
    if (mode === 'hang') return;
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    const etag = `"${createHash('sha256').update(file).digest('hex').slice(0, 16)}"`;
    const ifNoneMatch = req.headers['if-none-match'];
    const status = ifNoneMatch === etag ? 304 : 200;
    requests.push({ ifNoneMatch, status });
    res.writeHead(status, { ETag: etag, 'Content-Type': 'application/json' });
    res.end(status === 200 ? file : undefined);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/group/settings.json`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  mode = 'serve';
  requests.length = 0;
});
afterEach(() => {
  for (const socket of sockets) socket.destroy();
});

interface Kiosk {
  readonly dataDir: string;
  readonly store: SettingsStore;
  readonly poller: GroupPoller;
  readonly app: WebApp;
  readonly audit: AuditLog;
}

let kioskCount = 0;
async function startKiosk(): Promise<Kiosk> {
  const dataDir = join(dir, `kiosk-${++kioskCount}`);
  const store = await SettingsStore.open(dataDir, silentLogger);
  await store.save({ practice: { name: 'Before the group' }, group: { url, publicKey: group.publicKey } }, undefined);
  const audit = new AuditLog(dataDir);
  const poller = new GroupPoller({ store, dataDir, log: silentLogger, audit, fetchGroupFile: httpsGroupFetch({ ca: cert, timeoutMs: 1500 }) });
  const fleet: FleetReport = { health: new KioskHealth(), group: () => poller.status(), storage: async () => null };
  const pageDir = join(dir, 'page');
  await mkdir(pageDir, { recursive: true });
  const app = createWebApp({ store, pageDir, localesDir: join(dir, 'locales'), log: silentLogger, version: '1.2.3', fleet });
  return { dataDir, store, poller, app, audit };
}

async function json<T>(kiosk: Kiosk, path: string): Promise<T> {
  return (await (await kiosk.app.fetch(new Request(`http://kiosk.test${path}`))).json()) as T;
}
const practiceName = async (kiosk: Kiosk) => (await json<{ practice: { name: string } }>(kiosk, '/api/config')).practice.name;
const health = (kiosk: Kiosk) => json<{ group: { state: string; problem: string | null } }>(kiosk, '/api/health');

function publish(settings: unknown, localKeys: string[] = [], privateKeyPem = group.privateKeyPem): void {
  file = signGroupDocument({ settings, localKeys }, privateKeyPem);
}

/** Signs any text with the group's key: a document the sign command itself would refuse. */
function publishRaw(document: string): void {
  const signature = sign(null, Buffer.from(document), createPrivateKey(group.privateKeyPem)).toString('base64');
  file = JSON.stringify({ format: GROUP_FORMAT, document, signature });
}

async function writesOf(kiosk: Kiosk): Promise<string> {
  const history = await readdir(join(kiosk.dataDir, 'history'));
  const settingsTime = (await stat(join(kiosk.dataDir, 'settings.json'))).mtimeMs;
  return `${history.length} ${settingsTime}`;
}

describe('group settings over HTTPS', () => {
  it('applies a signed document: the page shows it, history and audit record it "from group"', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Riverside Group Practice' }, display: { dwellSeconds: 20 } });
    const status = await kiosk.poller.checkNow();
    expect(status.problem).toBeNull();
    expect(await practiceName(kiosk)).toBe('Riverside Group Practice');
    expect((await json<{ display: { dwellSeconds: number } }>(kiosk, '/api/config')).display.dwellSeconds).toBe(20);
    // The kiosk keeps its own link to the group.
    expect(kiosk.store.current().settings.group?.url).toBe(url);
    expect((await health(kiosk)).group.state).toBe('ok');
    const events = await kiosk.audit.events();
    expect(events[0]).toMatchObject({ action: 'settings-saved', detail: expect.stringContaining('from group') });
    expect(await readdir(join(kiosk.dataDir, 'history'))).toHaveLength(2);
  });

  it('asks with If-None-Match next time, gets 304, and writes nothing', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Riverside Group Practice' } });
    await kiosk.poller.checkNow();
    const before = await writesOf(kiosk);
    const stateBefore = await readFile(join(kiosk.dataDir, 'group', 'state.json'), 'utf8');
    const status = await kiosk.poller.checkNow();
    expect(status.state).toBe('ok');
    expect(requests.at(-1)).toEqual({ ifNoneMatch: expect.stringMatching(/^"/), status: 304 });
    expect(await writesOf(kiosk)).toBe(before);
    expect(await readFile(join(kiosk.dataDir, 'group', 'state.json'), 'utf8')).toBe(stateBefore);
  });

  it('keeps the last good settings, and says why, on a wrong signature', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Good' } });
    await kiosk.poller.checkNow();
    publish({ practice: { name: 'Forged' } }, [], generateGroupKeyPair().privateKeyPem);
    await kiosk.poller.checkNow();
    expect(await practiceName(kiosk)).toBe('Good');
    const { group: reported } = await health(kiosk);
    expect(reported.state).toBe('failing');
    expect(reported.problem).toContain('signature');
  });

  it('keeps the last good settings on a signed document that is not valid, or not JSON', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Good' } });
    await kiosk.poller.checkNow();
    publishRaw(JSON.stringify({ issuedAt: new Date().toISOString(), settings: { practice: { name: 'Bad' }, display: { dwellSeconds: 2 } }, localKeys: [] }));
    await kiosk.poller.checkNow();
    expect(await practiceName(kiosk)).toBe('Good');
    expect((await health(kiosk)).group.problem).toContain('display.dwellSeconds');
    file = '<html>Moved</html>';
    await kiosk.poller.checkNow();
    expect(await practiceName(kiosk)).toBe('Good');
    expect((await health(kiosk)).group.problem).toContain('not valid JSON');
  });

  it('keeps a local change the group allows, and refuses to drop one the group stops allowing', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Group name' }, display: { dwellSeconds: 12 } }, ['practice.name']);
    await kiosk.poller.checkNow();
    const { revision } = kiosk.store.current();
    await kiosk.store.save({ ...kiosk.store.current().settings, practice: { ...kiosk.store.current().settings.practice, name: 'Our own name' } }, revision);

    publish({ practice: { name: 'Group name' }, display: { dwellSeconds: 30 } }, ['practice.name']);
    await kiosk.poller.checkNow();
    expect(await practiceName(kiosk)).toBe('Our own name');
    expect(kiosk.store.current().settings.display.dwellSeconds).toBe(30);
    expect(kiosk.poller.status().localChanges).toEqual(['practice.name']);

    publish({ practice: { name: 'Group name' }, display: { dwellSeconds: 45 } }, []);
    await kiosk.poller.checkNow();
    expect(await practiceName(kiosk)).toBe('Our own name');
    expect(kiosk.store.current().settings.display.dwellSeconds).toBe(30);
    const { group: reported } = await health(kiosk);
    expect(reported.state).toBe('failing');
    expect(reported.problem).toContain('no longer lets kiosks change practice.name');
  });

  it('gives up on a server that accepts and never answers, and keeps the last good settings', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Good' } });
    await kiosk.poller.checkNow();
    mode = 'hang';
    const status = await kiosk.poller.checkNow();
    expect(status.state).toBe('failing');
    expect(status.problem).toContain('no answer');
    expect(status.lastSuccessAt).not.toBeNull();
    expect(await practiceName(kiosk)).toBe('Good');
  });

  it('keeps the last good settings when the connection is reset, or nothing listens', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'Good' } });
    await kiosk.poller.checkNow();
    mode = 'reset';
    expect((await kiosk.poller.checkNow()).problem).toMatch(/could not be fetched: (socket hang up|.*ECONNRESET)/);
    expect(await practiceName(kiosk)).toBe('Good');

    const closed = new GroupPoller({ store: kiosk.store, dataDir: kiosk.dataDir, log: silentLogger, fetchGroupFile: httpsGroupFetch({ ca: cert, timeoutMs: 1500 }) });
    await kiosk.store.save({ ...kiosk.store.current().settings, group: { url: 'https://127.0.0.1:1/settings.json', publicKey: group.publicKey } }, kiosk.store.current().revision);
    expect((await closed.checkNow()).problem).toContain('ECONNREFUSED');
    expect(await practiceName(kiosk)).toBe('Good');
  });

  it('refuses a certificate the kiosk does not trust', async () => {
    const kiosk = await startKiosk();
    publish({ practice: { name: 'From an untrusted host' } });
    const untrusting = new GroupPoller({ store: kiosk.store, dataDir: kiosk.dataDir, log: silentLogger, fetchGroupFile: httpsGroupFetch({ timeoutMs: 1500 }) });
    expect((await untrusting.checkNow()).problem).toContain('could not be fetched');
    expect(await practiceName(kiosk)).toBe('Before the group');
  });

  it('ten kiosks pick up one signed file', async () => {
    const kiosks = await Promise.all(Array.from({ length: 10 }, () => startKiosk()));
    publish({ practice: { name: 'Ten Screens Network' }, languages: { shown: ['en', 'cy'], mode: 'wales', default: 'cy' } });
    await Promise.all(kiosks.map((k) => k.poller.checkNow()));
    const names = await Promise.all(kiosks.map(practiceName));
    expect(names).toEqual(Array(10).fill('Ten Screens Network'));
    expect(requests.filter((r) => r.status === 200)).toHaveLength(10);
    await Promise.all(kiosks.map((k) => k.poller.checkNow()));
    expect(requests.filter((r) => r.status === 304)).toHaveLength(10);
  });
});

