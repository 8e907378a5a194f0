// A bad day for the disk, on a real file system: a small tmpfs made read-only (as worn SD cards
// turn) or filled to the last byte. The kiosk must start on the best settings it can, let staff
// sign in, refuse saves saying why, and keep lock-outs in memory.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SettingsStore } from './settings-store.ts';
import { openAdminServices } from './admin-services.ts';
import { hashSecret } from './credentials.ts';
import { TRIES_BEFORE_LOCK } from './lockout.ts';
import { silentLogger } from './logger.ts';
import { mountTmpfs, tmpfsSkipReason, type Tmpfs } from './tmpfs-fixture.ts';

const PIN = '135790';
const cost = { N: 2 ** 10, r: 8, p: 1 };
let disk: Tmpfs | undefined;
afterEach(async () => {
  await disk?.dispose();
  disk = undefined;
});

/** A data folder as a kiosk leaves it: a PIN set, and a hand edit of settings.json not yet in history. */
async function preparedDisk(settingsText = JSON.stringify({ practice: { name: 'X' } })): Promise<Tmpfs> {
  disk = await mountTmpfs();
  await writeFile(join(disk.dir, 'credentials.json'), JSON.stringify({ pin: await hashSecret(PIN, cost) }));
  await writeFile(join(disk.dir, 'settings.json'), settingsText);
  return disk;
}

const badDays = [
  { name: 'read-only', words: /read-only/, spoil: (d: Tmpfs) => d.readOnly() },
  { name: 'full', words: /full/, spoil: (d: Tmpfs) => d.fill() },
] as const;

describe.skipIf(tmpfsSkipReason)(`a ${tmpfsSkipReason ? `(skipped: ${tmpfsSkipReason})` : 'bad'} data disk`, () => {
  for (const day of badDays) {
    describe(`${day.name}`, () => {
      it('starts on the hand-edited settings, and says saves cannot be stored', async () => {
        const d = await preparedDisk();
        await day.spoil(d);
        const store = await SettingsStore.open(d.dir, silentLogger);
        expect(store.current().settings.practice.name).toBe('X');
        expect(store.status().source).toBe('file');
        expect(store.storage().problem).toMatch(day.words);
        expect(store.storage().problem).not.toContain(d.dir);
      });

      it('says so at start-up even when nothing else needs writing', async () => {
        disk = await mountTmpfs();
        const store = await SettingsStore.open(disk.dir, silentLogger);
        expect((await store.save({ practice: { name: 'Saved' } }, undefined)).ok).toBe(true);
        await day.spoil(disk);
        const reopened = await SettingsStore.open(disk.dir, silentLogger);
        expect(reopened.current().settings.practice.name).toBe('Saved');
        expect(reopened.storage().problem).toMatch(day.words);
      });

      it('starts on the defaults when settings.json is damaged and no copy can be kept', async () => {
        const d = await preparedDisk('{ "practice": ');
        await day.spoil(d);
        const store = await SettingsStore.open(d.dir, silentLogger);
        expect(store.status()).toMatchObject({ source: 'defaults' });
        expect(store.current().settings.display.slides.length).toBeGreaterThan(0);
      });

      it('refuses a save saying why, and the display keeps what it had', async () => {
        const d = await preparedDisk();
        await day.spoil(d);
        const store = await SettingsStore.open(d.dir, silentLogger);
        const result = await store.save({ practice: { name: 'Y' } }, undefined);
        expect(result).toMatchObject({ ok: false, reason: 'storage', problem: expect.stringMatching(day.words) });
        expect(store.current().settings.practice.name).toBe('X');
      });

      it('lets staff sign in, and keeps a lock-out in memory though it cannot be written', async () => {
        const d = await preparedDisk();
        await day.spoil(d);
        const services = await openAdminServices(d.dir, { scryptCost: cost });
        expect(await services.lockouts.kiosk.attempt(() => services.credentials.verifyPin(PIN))).toMatchObject({ outcome: 'right' });
        await services.audit.record('signed-in', 'kiosk');
        for (let i = 0; i < TRIES_BEFORE_LOCK; i++) await services.lockouts.kiosk.attempt(() => services.credentials.verifyPin('000000'));
        expect(services.lockouts.kiosk.lockedUntil).not.toBeNull();
        expect(await services.lockouts.kiosk.attempt(() => services.credentials.verifyPin(PIN))).toMatchObject({ outcome: 'locked' });
      });
    });
  }

  it('on a nearly full disk, a save whose main write fails leaves no history entry, and a restart serves the last good save', async () => {
    disk = await mountTmpfs(1024);
    const store = await SettingsStore.open(disk.dir, silentLogger);
    expect((await store.save({ practice: { name: 'Last good' } }, undefined)).ok).toBe(true);
    const before = await readdir(join(disk.dir, 'history'));
    await disk.fill();
    const failed = await store.save({ practice: { name: 'Never stored' }, notices: [{ id: 'big', title: 'Big', body: 'x'.repeat(280) }] }, undefined);
    expect(failed).toMatchObject({ ok: false, reason: 'storage' });
    expect(await readdir(join(disk.dir, 'history'))).toEqual(before);
    expect((await readdir(disk.dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const reopened = await SettingsStore.open(disk.dir, silentLogger);
    expect(reopened.current().settings.practice.name).toBe('Last good');
    expect((await reopened.history()).length).toBe(1);
  });

  it('a data folder that cannot be made at all still starts on the defaults', async () => {
    disk = await mountTmpfs();
    await mkdir(join(disk.dir, 'parent'));
    disk.readOnly();
    const store = await SettingsStore.open(join(disk.dir, 'parent', 'missing'), silentLogger);
    expect(store.status().source).toBe('defaults');
    expect(store.storage().problem).toBeDefined();
  });
});
