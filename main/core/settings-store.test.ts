import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_LIMIT, SettingsStore } from './settings-store.ts';
import { DEFAULT_SETTINGS } from '../common/settings-schema.ts';
import type { Logger } from './logger.ts';

let dir: string;
let lines: string[];
const log: Logger = {
  info: (m) => lines.push(`info ${m}`),
  warn: (m) => lines.push(`warn ${m}`),
  error: (m) => lines.push(`error ${m}`),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-store-'));
  lines = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const settingsFile = () => join(dir, 'settings.json');

describe('SettingsStore.open', () => {
  it('runs on the defaults when there is no file, and says so', async () => {
    const store = await SettingsStore.open(dir, log);
    expect(store.current().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.status()).toEqual({ source: 'defaults' });
    expect(lines).toEqual([]);
  });

  it('logs a settings.json deleted while the kiosk runs', async () => {
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'Threeways Surgery' } }));
    const store = await SettingsStore.open(dir, log);
    await rm(settingsFile());
    await store.reload();
    expect(store.status()).toEqual({ source: 'defaults' });
    expect(lines.join('\n')).toContain('settings.json was deleted');
  });

  it('reads a valid file', async () => {
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'Threeways Surgery' } }));
    const store = await SettingsStore.open(dir, log);
    expect(store.current().settings.practice.name).toBe('Threeways Surgery');
    expect(store.status().source).toBe('file');
  });

  it('refuses a file with unknown keys, logs why, and keeps a copy of it', async () => {
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'X', colour: 'red' } }));
    const store = await SettingsStore.open(dir, log);
    expect(store.current().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.status().problem).toContain('Unknown setting: colour');
    expect(lines.some((l) => l.startsWith('error settings.json was not used'))).toBe(true);
    const [copy] = await readdir(join(dir, 'rejected'));
    expect(await readFile(join(dir, 'rejected', copy!), 'utf8')).toContain('"colour":"red"');
  });

  it('falls back to the newest valid saved version when the file is broken', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'First' } }, undefined);
    await store.save({ practice: { name: 'Second' } }, undefined);
    await writeFile(settingsFile(), '{ "practice": ');
    const reopened = await SettingsStore.open(dir, log);
    expect(reopened.current().settings.practice.name).toBe('Second');
    expect(reopened.status()).toMatchObject({ source: 'history' });
    expect(reopened.status().problem).toContain('not valid JSON');
  });
});

describe('SettingsStore.save', () => {
  it('writes a valid document, tells subscribers, and changes the revision', async () => {
    const store = await SettingsStore.open(dir, log);
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.settings.practice.name));
    const before = store.current().revision;
    const result = await store.save({ practice: { name: 'Threeways Surgery' } }, before);
    expect(result.ok).toBe(true);
    expect(store.current().revision).not.toBe(before);
    expect(JSON.parse(await readFile(settingsFile(), 'utf8')).practice.name).toBe('Threeways Surgery');
    expect(seen).toEqual(['Threeways Surgery']);
  });

  it('refuses an invalid document and leaves file and memory as they were', async () => {
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'Kept' } }));
    const store = await SettingsStore.open(dir, log);
    const text = await readFile(settingsFile(), 'utf8');
    const result = await store.save({ display: { dwellSeconds: 'soon' } }, store.current().revision);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readFile(settingsFile(), 'utf8')).toBe(text);
    expect(store.current().settings.practice.name).toBe('Kept');
  });

  it('refuses a save based on an old revision', async () => {
    const store = await SettingsStore.open(dir, log);
    const base = store.current().revision;
    expect((await store.save({ practice: { name: 'A' } }, base)).ok).toBe(true);
    const stale = await store.save({ practice: { name: 'B' } }, base);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(store.current().settings.practice.name).toBe('A');
  });

  it('keeps the last versions in history, newest first, and no more', async () => {
    const store = await SettingsStore.open(dir, log);
    for (let i = 1; i <= HISTORY_LIMIT + 3; i++) await store.save({ practice: { name: `Version ${i}` } }, undefined);
    const history = await store.history();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect((await store.readHistory(history[0]!.id))?.practice.name).toBe(`Version ${HISTORY_LIMIT + 3}`);
    expect((await store.readHistory(history.at(-1)!.id))?.practice.name).toBe('Version 4');
  });

  it('leaves no temporary files behind', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'A' } }, undefined);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('picks up a hand edit on reload', async () => {
    const store = await SettingsStore.open(dir, log);
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'Edited by hand' } }));
    await store.reload();
    expect(store.current().settings.practice.name).toBe('Edited by hand');
  });

  it('falls back to the last good hand edit, not an older save, when a later edit is broken', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'Saved by staff' } }, undefined);
    await writeFile(settingsFile(), JSON.stringify({ practice: { name: 'Good hand edit' } }));
    await store.reload();
    await writeFile(settingsFile(), '{ "practice": { "name": ');
    await store.reload();
    expect(store.status().source).toBe('history');
    expect(store.current().settings.practice.name).toBe('Good hand edit');
    // The same good file read again adds nothing to the history.
    expect((await store.history()).length).toBe(2);
  });

  it('names each version by its full revision, even one with an underscore in it', async () => {
    const store = await SettingsStore.open(dir, log);
    for (let i = 0; i < 12; i++) await store.save({ practice: { name: `Practice ${i}` } }, undefined);
    for (const entry of await store.history()) expect(entry.id.endsWith(`_${entry.revision}`)).toBe(true);
    expect((await store.history())[0]!.revision).toBe(store.current().revision);
  });
});

describe('SettingsStore.restore', () => {
  it('saves an older version again as the newest, keeping the history', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'First' } }, undefined);
    await store.save({ practice: { name: 'Second' } }, undefined);
    const [, older] = await store.history();
    const result = await store.restore(older!.id, store.current().revision);
    expect(result.ok).toBe(true);
    expect(store.current().settings.practice.name).toBe('First');
    expect(JSON.parse(await readFile(settingsFile(), 'utf8')).practice.name).toBe('First');
    const history = await store.history();
    expect(history).toHaveLength(3);
    expect(history[0]?.revision).toBe(older!.revision);
  });

  it('refuses a restore based on a stale revision, or of a version that does not exist', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'First' } }, undefined);
    const stale = store.current().revision;
    await store.save({ practice: { name: 'Second' } }, undefined);
    const [, older] = await store.history();
    expect(await store.restore(older!.id, stale)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await store.restore('2026-01-01T00-00-00-000Z_nope', store.current().revision)).toEqual({ ok: false, reason: 'not-found' });
    expect(await store.restore('../settings', store.current().revision)).toEqual({ ok: false, reason: 'not-found' });
    expect(store.current().settings.practice.name).toBe('Second');
  });
});

describe('SettingsStore on a bad day', () => {
  it('makes a save live and historic only once settings.json is in place: a failed write leaves no history entry', async () => {
    const store = await SettingsStore.open(dir, log);
    expect((await store.save({ practice: { name: 'Last good' } }, undefined)).ok).toBe(true);
    // A directory where settings.json should be: its rename fails, as on a disk gone bad.
    await rm(settingsFile());
    await mkdir(settingsFile());
    const failed = await store.save({ practice: { name: 'Never stored' } }, undefined);
    expect(failed).toMatchObject({ ok: false, reason: 'storage', problem: expect.any(String) });
    expect(store.current().settings.practice.name).toBe('Last good');
    const history = await store.history();
    expect(history).toHaveLength(1);
    expect((await store.readHistory(history[0]!.id))?.practice.name).toBe('Last good');
    expect(store.storage().problem).toBeDefined();
    // A restart serves the last good save.
    const reopened = await SettingsStore.open(dir, log);
    expect(reopened.current().settings.practice.name).toBe('Last good');
  });

  it('removes temp files left by a killed writer at start-up, and keeps those of a live one', async () => {
    const dead = await deadPid();
    await mkdir(join(dir, 'history'), { recursive: true });
    const stale = [`.settings.json.${dead}.0badc0de.tmp`, join('history', `.00000001_x.json.${dead}.12345678.tmp`)];
    for (const name of stale) await writeFile(join(dir, name), '{');
    const live = `.settings.json.${process.pid}.abcdef01.tmp`;
    await writeFile(join(dir, live), '{');
    const store = await SettingsStore.open(dir, log);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([live]);
    expect((await readdir(join(dir, 'history'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(store.storage().notes.join(' ')).toContain('Removed 2 temporary file(s)');
  });

  it('ignores files in history/ it did not write, and says so', async () => {
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'Saved' } }, undefined);
    await writeFile(join(dir, 'history', 'notes.json'), '{"practice":{"name":"Stray"}}');
    await writeFile(join(dir, 'history', '9999-99-99T99_garbage.json'), '{}');
    const reopened = await SettingsStore.open(dir, log);
    const history = await reopened.history();
    expect(history).toHaveLength(1);
    expect(history[0]!.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(reopened.storage().notes.join(' ')).toContain('2 file(s) in the history folder');
    expect(lines.some((l) => l.startsWith('warn ignoring 2 file(s) in history/'))).toBe(true);
  });

  for (const [step, ms] of [['back a year', -365 * 86_400_000], ['forward a year', 365 * 86_400_000]] as const) {
    it(`orders history by save, not by the clock: stepped ${step}, a new save is newest and never pruned`, async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-25T10:00:00Z') });
      try {
        const store = await SettingsStore.open(dir, log);
        for (let i = 1; i <= HISTORY_LIMIT; i++) await store.save({ practice: { name: `Version ${i}` } }, undefined);
        vi.setSystemTime(Date.now() + ms);
        await store.save({ practice: { name: 'After the step' } }, undefined);
        await store.save({ practice: { name: 'And one more' } }, undefined);
        const history = await store.history();
        expect(history).toHaveLength(HISTORY_LIMIT);
        expect((await store.readHistory(history[0]!.id))?.practice.name).toBe('And one more');
        expect((await store.readHistory(history[1]!.id))?.practice.name).toBe('After the step');
        expect((await store.readHistory(history.at(-1)!.id))?.practice.name).toBe('Version 3');
      } finally {
        vi.useRealTimers();
      }
    });
  }

  it('still reads history written before save numbers, below the numbered ones', async () => {
    await mkdir(join(dir, 'history'), { recursive: true });
    await writeFile(join(dir, 'history', '2030-01-01T00-00-00-000Z_abcdefghijklmnop.json'), JSON.stringify({ practice: { name: 'Old style' } }));
    const store = await SettingsStore.open(dir, log);
    await store.save({ practice: { name: 'New style' } }, undefined);
    const history = await store.history();
    expect(history.map((e) => e.revision)).toEqual([store.current().revision, 'abcdefghijklmnop']);
    expect((await store.readHistory(history[1]!.id))?.practice.name).toBe('Old style');
  });
});

/** The pid of a process that has exited (so no temp file of it can still be in use). */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.once('exit', () => resolve(child.pid!));
  });
}
