// Wrong PINs and passwords lock the door for a while, longer each time, so guessing a 6-digit PIN
// at the kiosk or a password from the practice network takes years. Pure: every function takes
// the time as a number, so tests step the clock instead of sleeping.
export const TRIES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 30_000;
export const LONGEST_LOCK_MS = 15 * 60_000;

export interface LockoutState {
  /** Wrong tries since the last success or the last lock. */
  readonly failures: number;
  /** Locks since the last success: each one lasts twice as long as the one before. */
  readonly locks: number;
  /** Epoch milliseconds; null when not locked. */
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

/** One door's lock-out (the kiosk's PIN pad, or remote password login), on a given clock. */
export class Lockout {
  #state: LockoutState = UNLOCKED;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  get lockedUntil(): Date | null {
    return isLocked(this.#state, this.#now()) ? new Date(this.#state.lockedUntil!) : null;
  }

  get triesLeft(): number {
    return triesLeft(this.#state, this.#now());
  }

  fail(): void {
    this.#state = afterFailure(this.#state, this.#now());
  }

  succeed(): void {
    this.#state = afterSuccess();
  }
}
