// Wrong PINs and passwords lock the door for a while, longer each time, so guessing a 6-digit PIN
// at the kiosk or a password from the practice network takes years. Pure: every function takes
// the time as a number, so tests step the clock instead of sleeping. That number is the monotonic
// clock: a wall clock stepped back or forward neither lengthens nor shortens a lock.
import { clockOf, systemClock, type Clock } from './clock.ts';
export const TRIES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 30_000;
export const LONGEST_LOCK_MS = 15 * 60_000;

export interface LockoutState {
  /** Wrong tries since the last success or the last lock. */
  readonly failures: number;
  /** Locks since the last success: each one lasts twice as long as the one before. */
  readonly locks: number;
  /** Monotonic milliseconds in memory (epoch milliseconds in lockout.json); null when not locked. */
  readonly lockedUntil: number | null;
}

export const UNLOCKED: LockoutState = { failures: 0, locks: 0, lockedUntil: null };

/** 30 s, 1 min, 2 min, 4 min… capped at 15 minutes. */
export function lockDuration(locks: number): number {
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, locks - 1));
}

export function isLocked(state: LockoutState, now: number): boolean {
  return state.lockedUntil !== null && now < state.lockedUntil;
}

export function triesLeft(state: LockoutState, now: number): number {
  return isLocked(state, now) ? 0 : TRIES_BEFORE_LOCK - state.failures;
}

export function afterFailure(state: LockoutState, now: number): LockoutState {
  if (isLocked(state, now)) return state;
  const failures = state.failures + 1;
  if (failures < TRIES_BEFORE_LOCK) return { ...state, failures, lockedUntil: null };
  const locks = state.locks + 1;
  return { failures: 0, locks, lockedUntil: now + lockDuration(locks) };
}

export function afterSuccess(): LockoutState {
  return UNLOCKED;
}

export interface Attempt {
  readonly outcome: 'locked' | 'wrong' | 'right';
  readonly triesLeft: number;
  readonly lockedUntil: Date | null;
}

/** One door's lock-out (the kiosk's PIN pad, or remote password login), on a given clock. */
export class Lockout {
  #state: LockoutState;
  readonly #clock: Clock;
  readonly #onChange: ((stored: LockoutState) => Promise<void> | void) | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * `initial` (as stored, wall-clock times) and `onChange` (given the state to store) let a host
   * keep the state across restarts (see admin-services). An attempt is answered only once
   * onChange has finished, so a kill right after the answer cannot lose the lock.
   */
  constructor(clock: Clock | (() => number) = systemClock, initial: LockoutState = UNLOCKED, onChange?: (stored: LockoutState) => Promise<void> | void) {
    this.#clock = typeof clock === 'function' ? clockOf(clock) : clock;
    this.#state = fromStored(initial, this.#clock);
    this.#onChange = onChange;
  }

  #now(): number {
    return this.#clock.monotonic();
  }

  /**
   * Checks a secret through the lock-out: refused unread while locked, and one check at a time,
   * so a burst of parallel guesses cannot all start before the fifth wrong one locks the door.
   */
  attempt(check: () => Promise<boolean>): Promise<Attempt> {
    const run = this.#queue.then(async (): Promise<Attempt> => {
      let outcome: Attempt['outcome'] = 'locked';
      if (!isLocked(this.#state, this.#now())) {
        outcome = (await check()) ? 'right' : 'wrong';
        if (outcome === 'right') await this.succeed();
        else await this.fail();
      }
      // The answer describes the state this attempt left, not what later attempts make of it.
      const now = this.#now();
      return { outcome, triesLeft: triesLeft(this.#state, now), lockedUntil: this.lockedUntil };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  get state(): LockoutState {
    return this.#state;
  }

  /** On the wall clock, for people: now plus what is left. */
  get lockedUntil(): Date | null {
    const left = this.msLeft;
    return left > 0 ? new Date(this.#clock.wall() + left) : null;
  }

  /** Milliseconds until the lock lifts; 0 when not locked. */
  get msLeft(): number {
    return isLocked(this.#state, this.#now()) ? this.#state.lockedUntil! - this.#now() : 0;
  }

  get triesLeft(): number {
    return triesLeft(this.#state, this.#now());
  }

  /** Counts a wrong try now; the promise settles once the new state is stored. */
  fail(): Promise<void> {
    return this.#set(afterFailure(this.#state, this.#now()));
  }

  succeed(): Promise<void> {
    return this.#set(afterSuccess());
  }

  async #set(state: LockoutState): Promise<void> {
    if (state === this.#state || JSON.stringify(state) === JSON.stringify(this.#state)) return;
    this.#state = state;
    await this.#onChange?.(toStored(state, this.#clock));
  }
}

/** For lockout.json: the lock's end on the wall clock, which survives a restart. */
export function toStored(state: LockoutState, clock: Clock): LockoutState {
  if (state.lockedUntil === null) return state;
  return { ...state, lockedUntil: clock.wall() + (state.lockedUntil - clock.monotonic()) };
}

/**
 * From lockout.json. The wall clock may have jumped while the kiosk was off: a lock never lasts
 * longer than its own length from now (a clock stepped back), and one already past is over.
 */
export function fromStored(state: LockoutState, clock: Clock): LockoutState {
  if (state.lockedUntil === null) return state;
  const left = Math.min(state.lockedUntil - clock.wall(), lockDuration(state.locks));
  return { ...state, lockedUntil: left > 0 ? clock.monotonic() + left : null };
}

/** A stored state if it has the right shape; else none (a damaged file must not crash sign-in). */
export function lockoutStateFrom(value: unknown): LockoutState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { failures, locks, lockedUntil } = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!count(failures) || !count(locks) || (lockedUntil !== null && typeof lockedUntil !== 'number')) return undefined;
  return { failures: failures as number, locks: locks as number, lockedUntil: lockedUntil as number | null };
}
