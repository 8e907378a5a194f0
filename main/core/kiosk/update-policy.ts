// When the kiosk looks for an update, whether it takes one, and when it installs it. Pure
// functions of the clock, the settings and the update's metadata; the Electron glue
// (main/hosts/electron/updates.ts) only asks them.
//
// - Check at most once a day, and only when updates are on and have a URL.
// - Take an update only if this kiosk's bucket falls inside the release's staged rollout
//   percentage (latest.yml `stagingPercentage`): a bucket is a stable hash of the kiosk's own id
//   and the version, so raising the percentage only ever adds kiosks.
// - Install only while no patient could be in front of the screen: the practice is closed by
//   its opening hours (and stays closed for the next quarter of an hour), or, without opening
//   hours, in the small hours; and in either case nobody has touched the screen for a while.
import { createHash } from 'node:crypto';
import { isOpenAt } from '../../common/schedule.ts';
import type { Settings } from '../../common/settings-schema.ts';

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A restart must be over well before the doors open. */
export const CLOSED_MARGIN_MS = 15 * 60 * 1000;
/** Without opening hours, the only window: 01:00 to 05:00 local time. */
export const OVERNIGHT = { from: 1, until: 5 } as const;
/** Untouched for at least this long, and longer than a journey can last. */
export const MIN_IDLE_SECONDS = 15 * 60;

type PolicySettings = Pick<Settings, 'openingHours' | 'journey' | 'updates'>;

export function updatesEnabled(settings: Pick<Settings, 'updates'>): settings is { updates: { enabled: true; url: string } } {
  return settings.updates?.enabled === true && settings.updates.url !== undefined;
}

/** True when updates are on and the last check (if any) was a day or more ago. */
export function shouldCheck(settings: Pick<Settings, 'updates'>, lastCheckAt: number | null, now: Date): boolean {
  if (!updatesEnabled(settings)) return false;
  return lastCheckAt === null || lastCheckAt > now.getTime() || now.getTime() - lastCheckAt >= CHECK_INTERVAL_MS;
}

/** 0 to 99.99…, the same for one kiosk and one version every time. */
export function rolloutBucket(kioskId: string, version: string): number {
  const digest = createHash('sha256').update(`${kioskId}\n${version}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** A release without a percentage goes to everyone; 0 holds it back from all. */
export function inRollout(kioskId: string, version: string, stagingPercentage: number | undefined): boolean {
  if (stagingPercentage === undefined || !Number.isFinite(stagingPercentage) || stagingPercentage >= 100) return true;
  if (stagingPercentage <= 0) return false;
  return rolloutBucket(kioskId, version) < stagingPercentage;
}

export type InstallDecision = { install: true; why: string } | { install: false; why: string };

export function mayInstall(settings: PolicySettings, now: Date, idleSeconds: number): InstallDecision {
  if (!updatesEnabled(settings)) return { install: false, why: 'updates are off' };
  const quiet = Math.max(MIN_IDLE_SECONDS, settings.journey.idleSeconds + settings.journey.countdownSeconds + 60);
  if (idleSeconds < quiet) return { install: false, why: 'the screen was touched recently' };
  const hours = settings.openingHours;
  if (hours.enabled) {
    if (isOpenAt(hours, now)) return { install: false, why: 'the practice is open' };
    if (isOpenAt(hours, new Date(now.getTime() + CLOSED_MARGIN_MS))) return { install: false, why: 'the practice opens soon' };
    return { install: true, why: 'the practice is closed' };
  }
  const hour = now.getHours();
  if (hour >= OVERNIGHT.from && hour < OVERNIGHT.until) return { install: true, why: 'overnight' };
  return { install: false, why: 'waiting for the night (no opening hours set)' };
}
