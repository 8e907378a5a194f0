// Time, as the kiosk needs it: the wall clock for what people read (saved at, locked until) and a
// monotonic clock for how long something has lasted. A kiosk without a battery-backed clock may
// step its wall clock by hours or years when it finds the network; durations must not follow.

export interface Clock {
  /** Epoch milliseconds: may jump. */
  wall(): number;
  /** Milliseconds since some fixed moment in this process: never jumps, never goes back. */
  monotonic(): number;
}

export const systemClock: Clock = { wall: () => Date.now(), monotonic: () => performance.now() };

/** One function for both (tests that step a single clock). */
export function clockOf(now: () => number): Clock {
  return { wall: now, monotonic: now };
}
