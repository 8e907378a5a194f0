import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAdminServices } from './admin-services.ts';
import { TRIES_BEFORE_LOCK } from './lockout.ts';
import { IDLE_MS } from './sessions.ts';

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

describe('sessions on a clock that jumps', () => {
  for (const [step, ms] of [['back an hour', -3_600_000], ['back a year', -365 * 86_400_000], ['forward a day', 86_400_000]] as const) {
    it(`end after their idle time whatever the wall clock does (stepped ${step})`, async () => {
      const clock = { wallMs: Date.parse('2026-11-25T10:00:00Z'), monoMs: 0, wall: () => clock.wallMs, monotonic: () => clock.monoMs };
      const services = await openAdminServices(dir, { clock });
      const session = services.sessions.create('kiosk');
      clock.wallMs += ms;
      clock.monoMs += IDLE_MS.kiosk - 1;
      // Not ended early by a step forward...
      expect(services.sessions.touch(session.token, 'kiosk', false)).toBeDefined();
      clock.monoMs += 1;
      // ...and not kept alive by a step back.
      expect(services.sessions.touch(session.token, 'kiosk')).toBeUndefined();
    });
  }

  it('write the lock-out before the attempt is answered', async () => {
    const services = await openAdminServices(dir, { scryptCost: { N: 2 ** 10, r: 8, p: 1 } });
    for (let i = 0; i < TRIES_BEFORE_LOCK; i++) await services.lockouts.kiosk.attempt(async () => false);
    // No waiting: the file holds the lock as soon as the fifth answer is out.
    expect(JSON.parse(await readFile(join(dir, 'lockout.json'), 'utf8')).kiosk.lockedUntil).toBeGreaterThan(Date.now());
  });
});
