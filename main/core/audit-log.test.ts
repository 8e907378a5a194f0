import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog, changedSettings } from './audit-log.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kiosk-audit-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('AuditLog', () => {
  it('appends events and reads them back newest first, skipping a torn line', async () => {
    const log = new AuditLog(dir);
    await log.record('signed-in', 'kiosk');
    await appendFile(join(dir, 'audit.log'), '{"at":"2026-');
    await appendFile(join(dir, 'audit.log'), '\n');
    await log.record('settings-saved', 'remote', 'changed practice.name');
    const events = await log.events();
    expect(events.map((e) => e.action)).toEqual(['settings-saved', 'signed-in']);
    expect(events[0]).toMatchObject({ surface: 'remote', detail: 'changed practice.name' });
  });

  it('rotates to one older file and still reads across both', async () => {
    const log = new AuditLog(dir, () => new Date(), 200);
    for (let i = 0; i < 10; i++) await log.record('settings-saved', 'kiosk', `save ${i}`);
    expect((await readdir(dir)).sort()).toEqual(['audit.1.log', 'audit.log']);
    expect((await readFile(join(dir, 'audit.log'), 'utf8')).length).toBeLessThan(400);
    const events = await log.events();
    expect(events[0]?.detail).toBe('save 9');
    expect(events.length).toBeGreaterThan(1);
    expect(events.length).toBeLessThan(10);
  });
});

describe('changedSettings', () => {
  it('names changed settings by path, never their values', () => {
    const before = { practice: { name: 'A', nation: 'england' }, notices: [], display: { dwellSeconds: 12 } };
    const after = { practice: { name: 'Dr Smith’s patient list', nation: 'england' }, notices: [{ id: 'x' }], display: { dwellSeconds: 12 } };
    expect(changedSettings(before, after)).toEqual(['practice.name', 'notices']);
    expect(changedSettings(before, before)).toEqual([]);
  });
});
