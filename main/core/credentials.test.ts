import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CredentialStore, hashSecret, verifySecret } from './credentials.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kiosk-credentials-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('PIN and password hashing', () => {
  it('verifies the right secret only, with a fresh salt each time', async () => {
    const first = await hashSecret('246810');
    const second = await hashSecret('246810');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(await verifySecret('246810', first)).toBe(true);
    expect(await verifySecret('246811', first)).toBe(false);
    expect(await verifySecret('', first)).toBe(false);
  });
});

describe('CredentialStore', () => {
  it('starts with no PIN, stores only a hash, and survives a restart', async () => {
    const store = await CredentialStore.open(dir);
    expect(store.hasPin).toBe(false);
    expect(await store.verifyPin('123456')).toBe(false);
    await store.setPin('123456');
    await store.setRemotePassword('a long desk password');
    const text = await readFile(join(dir, 'credentials.json'), 'utf8');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('a long desk password');
    const reopened = await CredentialStore.open(dir);
    expect(reopened.hasPin).toBe(true);
    expect(await reopened.verifyPin('123456')).toBe(true);
    expect(await reopened.verifyPin('654321')).toBe(false);
    expect(await reopened.verifyRemotePassword('a long desk password')).toBe(true);
    expect(await reopened.verifyPin('a long desk password')).toBe(false);
  });

  it('refuses PINs that are not 6 to 12 digits and passwords under 10 characters', async () => {
    const store = await CredentialStore.open(dir);
    for (const pin of ['12345', '1234567890123', '12345a', ' 123456', '１２３４５６']) await expect(store.setPin(pin), pin).rejects.toThrow('6 to 12 digits');
    await expect(store.setRemotePassword('short')).rejects.toThrow('at least 10');
    expect(store.hasPin).toBe(false);
  });

  it('never unlocks on a damaged credentials file: no sign-in, no new PIN, and it says how to reset', async () => {
    for (const text of ['{ "pin": ', '{ "pin": { "salt": 1 } }', '[]']) {
      await writeFile(join(dir, 'credentials.json'), text);
      const store = await CredentialStore.open(dir);
      expect(store.problem, text).toContain('move it aside');
      expect(store.hasPin).toBe(true);
      expect(await store.verifyPin('123456')).toBe(false);
      await expect(store.setPin('123456')).rejects.toThrow('damaged');
      expect(await readFile(join(dir, 'credentials.json'), 'utf8')).toBe(text);
    }
  });
});
