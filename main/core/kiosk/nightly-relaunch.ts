// An optional daily relaunch (`--relaunch-at 03:00`): a fresh process each day clears anything
// a long-running browser accumulates. It happens only while the practice is closed, so no
// patient sees the display blink.
import { isOpenAt } from '../../common/schedule.ts';
import type { Settings } from '../../common/settings-schema.ts';

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The next moment after `now` at the wall-clock time `hhmm` when the practice is closed (any
 * day if opening hours are off), looking a week ahead; undefined when it is always open then.
 */
export function nextNightlyRelaunch(openingHours: Settings['openingHours'], hhmm: string, now: Date): Date | undefined {
  if (!CLOCK_TIME.test(hhmm)) throw new Error(`relaunch time must be HH:MM (24-hour), not "${hhmm}"`);
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  for (let day = 0; day <= 7; day++) {
    const candidate = new Date(now.getFullYear(), now.getMonth(), now.getDate() + day, h, m, 0, 0);
    if (candidate <= now) continue;
    if (!openingHours.enabled || !isOpenAt(openingHours, candidate)) return candidate;
  }
  return undefined;
}
