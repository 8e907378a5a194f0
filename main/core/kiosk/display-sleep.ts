// Whether the screen may go to sleep: never while the practice is open (or when opening hours
// are switched off, so the display always runs), and freely outside opening hours, when the
// page shows its closed screen anyway. Uses the same schedule as the page, so both agree.
import { isOpenAt, nextScheduleChange } from '../../common/schedule.ts';
import type { Settings } from '../../common/settings-schema.ts';

export interface DisplaySleepPlan {
  /** True while the display must stay on. */
  readonly keepAwake: boolean;
  /** When to ask again (the next moment the schedule may change). */
  readonly checkAgainAt: Date;
}

export function displaySleepPlan(settings: Pick<Settings, 'openingHours' | 'notices'>, now: Date): DisplaySleepPlan {
  return { keepAwake: isOpenAt(settings.openingHours, now), checkAgainAt: nextScheduleChange(settings, now) };
}

/** Milliseconds until `at`, at least `floorMs`, so a clock change never makes a busy loop. */
export function delayUntil(at: Date, now: Date, floorMs = 1_000): number {
  return Math.max(floorMs, at.getTime() - now.getTime());
}
