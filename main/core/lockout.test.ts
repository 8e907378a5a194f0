import { describe, expect, it } from 'vitest';
import { FIRST_LOCK_MS, LONGEST_LOCK_MS, Lockout, TRIES_BEFORE_LOCK, lockDuration, toStored } from './lockout.ts';

function clockAt(start = 1_000_000) {
  const clock = { now: start, advance: (ms: number) => (clock.now += ms) };
  return clock;
}

describe('lock-out', () => {
  it('allows four wrong tries, counting down, and locks on the fifth for 30 seconds', () => {
    const clock = clockAt();
    const lockout = new Lockout(() => clock.now);
    for (let i = 1; i < TRIES_BEFORE_LOCK; i++) {
      lockout.fail();
      expect(lockout.triesLeft).toBe(TRIES_BEFORE_LOCK - i);
      expect(lockout.lockedUntil).toBeNull();
    }
    lockout.fail();
    expect(lockout.triesLeft).toBe(0);
    expect(lockout.lockedUntil?.getTime()).toBe(clock.now + FIRST_LOCK_MS);
    clock.advance(FIRST_LOCK_MS - 1);
    expect(lockout.lockedUntil).not.toBeNull();
    clock.advance(1);
    expect(lockout.lockedUntil).toBeNull();
    expect(lockout.triesLeft).toBe(TRIES_BEFORE_LOCK);
  });

  it('ignores tries while locked, so hammering does not extend or shorten the lock', () => {
    const clock = clockAt();
    const lockout = new Lockout(() => clock.now);
    for (let i = 0; i < TRIES_BEFORE_LOCK; i++) lockout.fail();
    const until = lockout.lockedUntil?.getTime();
    clock.advance(1000);
    lockout.fail();
    expect(lockout.lockedUntil?.getTime()).toBe(until);
  });

  it('doubles each further lock and caps it at 15 minutes', () => {
    const clock = clockAt();
    const lockout = new Lockout(() => clock.now);
    const durations: number[] = [];
    for (let lock = 0; lock < 8; lock++) {
      for (let i = 0; i < TRIES_BEFORE_LOCK; i++) lockout.fail();
      const duration = lockout.lockedUntil!.getTime() - clock.now;
      durations.push(duration);
      clock.advance(duration);
    }
    expect(durations.map((ms) => ms / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    expect(lockDuration(100)).toBe(LONGEST_LOCK_MS);
  });

  it('starts afresh after a right answer', () => {
    const clock = clockAt();
    const lockout = new Lockout(() => clock.now);
    for (let i = 0; i < TRIES_BEFORE_LOCK; i++) lockout.fail();
    clock.advance(FIRST_LOCK_MS);
    for (let i = 0; i < 3; i++) lockout.fail();
    lockout.succeed();
    expect(lockout.triesLeft).toBe(TRIES_BEFORE_LOCK);
    for (let i = 0; i < TRIES_BEFORE_LOCK; i++) lockout.fail();
    expect(lockout.lockedUntil!.getTime() - clock.now).toBe(FIRST_LOCK_MS);
  });
});

describe('lock-out on a clock that jumps', () => {
  /** A kiosk without a battery-backed clock: the wall clock is stepped, the monotonic one runs on. */
  function steppedClock() {
    const clock = {
      wallMs: Date.parse('2026-11-25T10:00:00Z'),
      monoMs: 5_000,
      wall: () => clock.wallMs,
      monotonic: () => clock.monoMs,
      run: (ms: number) => ((clock.wallMs += ms), (clock.monoMs += ms)),
    };
    return clock;
  }
  const DAY = 86_400_000;

  for (const [step, ms] of [['back a day', -DAY], ['forward a day', DAY], ['back a year', -365 * DAY], ['forward an hour', 3_600_000]] as const) {
    it(`neither lengthens nor shortens a lock when the wall clock steps ${step}`, async () => {
      const clock = steppedClock();
      const lockout = new Lockout(clock);
      for (let i = 0; i < TRIES_BEFORE_LOCK; i++) await lockout.fail();
      clock.run(10_000);
      clock.wallMs += ms;
      expect(lockout.msLeft).toBe(FIRST_LOCK_MS - 10_000);
      expect(lockout.lockedUntil?.getTime()).toBe(clock.wallMs + FIRST_LOCK_MS - 10_000);
      clock.run(FIRST_LOCK_MS - 10_001);
      expect(lockout.lockedUntil).not.toBeNull();
      clock.run(1);
      expect(lockout.lockedUntil).toBeNull();
    });
  }

  it('stores the lock on the wall clock, and a restart after the clock stepped back does not lengthen it', () => {
    const clock = steppedClock();
    const lockout = new Lockout(clock);
    void lockout.fail();
    for (let i = 1; i < TRIES_BEFORE_LOCK; i++) void lockout.fail();
    const stored = toStored(lockout.state, clock);
    expect(stored.lockedUntil).toBe(clock.wallMs + FIRST_LOCK_MS);
    // Restart: a new process (monotonic clock from zero), wall clock a day behind.
    const later = steppedClock();
    later.monoMs = 0;
    later.wallMs = clock.wallMs - DAY;
    expect(new Lockout(later, stored).msLeft).toBe(FIRST_LOCK_MS);
    later.wallMs = clock.wallMs + 10_000;
    expect(new Lockout(later, stored).msLeft).toBe(FIRST_LOCK_MS - 10_000);
    later.wallMs = clock.wallMs + FIRST_LOCK_MS;
    expect(new Lockout(later, stored).lockedUntil).toBeNull();
  });
});
