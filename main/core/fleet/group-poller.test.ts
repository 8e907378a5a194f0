// The poller's timing, on fake timers with an in-memory file host (the HTTPS path is tested in
// main/hosts/node/group-settings.test.ts): pending until the first check, then every
// checkMinutes, and idle once the group is removed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsStore } from '../settings-store.ts';
import { silentLogger } from '../logger.ts';
import { generateGroupKeyPair, signGroupDocument } from './group-document.ts';
import { GroupPoller, type FetchGroupFile } from './group-poller.ts';

const group = generateGroupKeyPair();
const URL_ = 'https://it.example.nhs.uk/group.json';
let dir: string;
let store: SettingsStore;
let asked: number;
let poller: GroupPoller;
let served: string | undefined;
const fetchGroupFile: FetchGroupFile = async () => {
  asked += 1;
  return { status: 200, etag: null, body: served ?? signGroupDocument({ settings: { practice: { name: 'Group' } } }, group.privateKeyPem) };
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-poller-'));
  store = await SettingsStore.open(dir, silentLogger);
  asked = 0;
  served = undefined;
  poller = new GroupPoller({ store, dataDir: dir, log: silentLogger, fetchGroupFile });
});
afterEach(async () => {
  poller.stop();
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('GroupPoller.start', () => {
  it('is off without a group, pending until the first check, then checks every checkMinutes', async () => {
    poller.start();
    expect(poller.status().state).toBe('off');
    expect(asked).toBe(0);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.save({ group: { url: URL_, publicKey: group.publicKey, checkMinutes: 5 } }, undefined);
    expect(poller.status()).toMatchObject({ state: 'pending', url: URL_ });
    await vi.waitFor(() => expect(poller.status().state).toBe('ok'));
    expect(asked).toBe(1);
    expect(store.current().settings.practice.name).toBe('Group');
    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1000);
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(2);
    expect((await poller.checkNow()).state).toBe('ok'); // the check under way, shared
  });

  it('stops checking when the group is removed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.save({ group: { url: URL_, publicKey: group.publicKey, checkMinutes: 5 } }, undefined);
    poller.start();
    await vi.waitFor(() => expect(poller.status().state).toBe('ok'));
    const { group: _removed, ...rest } = store.current().settings;
    await store.save(rest, store.current().revision);
    expect(poller.status().state).toBe('off');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(asked).toBe(1);
  });
});

describe('GroupPoller.checkNow', () => {
  it('refuses an older signed file served again, so kiosks are never rolled back', async () => {
    await store.save({ group: { url: URL_, publicKey: group.publicKey } }, undefined);
    const older = signGroupDocument({ settings: { practice: { name: 'Old' } } }, group.privateKeyPem, new Date('2026-11-01T09:00:00Z'));
    served = signGroupDocument({ settings: { practice: { name: 'New' } } }, group.privateKeyPem, new Date('2026-11-20T09:00:00Z'));
    expect((await poller.checkNow()).state).toBe('ok');
    served = older;
    const status = await poller.checkNow();
    expect(status.state).toBe('failing');
    expect(status.problem).toContain('before the one in force');
    expect(store.current().settings.practice.name).toBe('New');
  });
});
