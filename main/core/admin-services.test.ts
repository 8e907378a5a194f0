import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAdminServices } from './admin-services.ts';
import { TRIES_BEFORE_LOCK } from './lockout.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kiosk-services-'))));
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

describe('lock-outs across a restart', () => {
  it('stay locked after the kiosk restarts, for that door only', async () => {
    const now = () => Date.parse('2026-11-25T10:00:00Z');
    const before = await openAdminServices(dir, { now });
    for (let i = 0; i < TRIES_BEFORE_LOCK; i++) before.lockouts.kiosk.fail();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(dir, 'lockout.json'), 'utf8')).kiosk.lockedUntil).not.toBeNull());
    const after = await openAdminServices(dir, { now });
    expect(after.lockouts.kiosk.lockedUntil?.toISOString()).toBe('2026-11-25T10:00:30.000Z');
    expect(after.lockouts.remote.lockedUntil).toBeNull();
  });

  it('start unlocked when the file is damaged, rather than refusing to start', async () => {
    await writeFile(join(dir, 'lockout.json'), '{"kiosk": {"failures": "lots"');
    const services = await openAdminServices(dir);
    expect(services.lockouts.kiosk.triesLeft).toBe(TRIES_BEFORE_LOCK);
  });
});
