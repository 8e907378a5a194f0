// What to do when the page's renderer (or the GPU process) dies or hangs: reload after a delay
// that doubles with each failure, so a page that crashes at once does not spin the CPU; after
// too many failures in a short window, relaunch the whole app, which clears state a reload
// cannot (a wedged GPU process, leaked memory). Pure: the caller owns timers and the clock.

export interface CrashBackoffOptions {
  /** Delay before the first reload. */
  readonly firstDelayMs: number;
  /** The delay doubles per failure up to this. */
  readonly maxDelayMs: number;
  /** This many failures inside `windowMs` means relaunch instead of reload. */
  readonly relaunchAfter: number;
  readonly windowMs: number;
}

export const DEFAULT_CRASH_BACKOFF: CrashBackoffOptions = {
  firstDelayMs: 1_000,
  maxDelayMs: 60_000,
  relaunchAfter: 5,
  windowMs: 10 * 60_000,
};

export type CrashAction = { readonly action: 'reload'; readonly delayMs: number } | { readonly action: 'relaunch' };

export class CrashBackoff {
  readonly #options: CrashBackoffOptions;
  #failures: number[] = [];

  constructor(options: CrashBackoffOptions = DEFAULT_CRASH_BACKOFF) {
    if (options.firstDelayMs < 0 || options.maxDelayMs < options.firstDelayMs || options.relaunchAfter < 1 || options.windowMs <= 0) {
      throw new Error(`crash back-off options are inconsistent: ${JSON.stringify(options)}`);
    }
    this.#options = options;
  }

  /** Records a failure at `now` (ms) and says what to do about it. */
  recordFailure(now: number): CrashAction {
    const { firstDelayMs, maxDelayMs, relaunchAfter, windowMs } = this.#options;
    this.#failures = [...this.#failures.filter((at) => now - at < windowMs), now];
    const count = this.#failures.length;
    if (count >= relaunchAfter) {
      this.#failures = [];
      return { action: 'relaunch' };
    }
    return { action: 'reload', delayMs: Math.min(maxDelayMs, firstDelayMs * 2 ** (count - 1)) };
  }
}
