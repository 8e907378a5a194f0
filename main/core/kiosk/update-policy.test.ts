import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../common/settings-schema.ts';
import { CHECK_INTERVAL_MS, inRollout, mayInstall, rolloutBucket, shouldCheck } from './update-policy.ts';

const ON = { enabled: true, url: 'https://updates.example.nhs.uk/kiosk/' };
const withHours = settingsSchema.parse({ updates: ON, openingHours: { enabled: true } }); // Mon–Fri 08:00–18:30
const noHours = settingsSchema.parse({ updates: ON });
const off = settingsSchema.parse({});
// Local times: Wednesday 25 November 2026, and the Saturday after.
const wed = (hh: number, mm = 0) => new Date(2026, 10, 25, hh, mm);
const sat = (hh: number) => new Date(2026, 10, 28, hh, 0);
const IDLE = 3600;

describe('shouldCheck', () => {
  it('checks at most once a day, and never while updates are off or have no URL', () => {
    const now = wed(12);
    expect(shouldCheck(noHours, null, now)).toBe(true);
    expect(shouldCheck(noHours, now.getTime() - CHECK_INTERVAL_MS + 60_000, now)).toBe(false);
    expect(shouldCheck(noHours, now.getTime() - CHECK_INTERVAL_MS, now)).toBe(true);
    expect(shouldCheck(off, null, now)).toBe(false);
    expect(shouldCheck(settingsSchema.parse({ updates: { enabled: true } }), null, now)).toBe(false);
  });

  it('checks again when the clock went backwards past the last check', () => {
    expect(shouldCheck(noHours, wed(12).getTime(), wed(9))).toBe(true);
  });
});

describe('mayInstall', () => {
  it('installs while the practice is closed by its opening hours, never while open', () => {
    expect(mayInstall(withHours, wed(12), IDLE)).toEqual({ install: false, why: 'the practice is open' });
    expect(mayInstall(withHours, wed(19), IDLE).install).toBe(true);
    expect(mayInstall(withHours, wed(3), IDLE).install).toBe(true);
    expect(mayInstall(withHours, sat(14), IDLE).install).toBe(true);
  });

  it('does not start in the quarter of an hour before opening', () => {
    expect(mayInstall(withHours, wed(7, 40), IDLE).install).toBe(true);
    expect(mayInstall(withHours, wed(7, 50), IDLE)).toEqual({ install: false, why: 'the practice opens soon' });
  });

  it('without opening hours, installs only in the small hours', () => {
    expect(mayInstall(noHours, wed(0, 59), IDLE).install).toBe(false);
    expect(mayInstall(noHours, wed(1), IDLE).install).toBe(true);
    expect(mayInstall(noHours, wed(4, 59), IDLE).install).toBe(true);
    expect(mayInstall(noHours, wed(5), IDLE).install).toBe(false);
    expect(mayInstall(noHours, sat(14), IDLE).install).toBe(false);
  });

  it('never while someone touched the screen lately, even at night', () => {
    expect(mayInstall(noHours, wed(2), 60)).toEqual({ install: false, why: 'the screen was touched recently' });
    expect(mayInstall(withHours, sat(14), 14 * 60).install).toBe(false);
    const longJourney = settingsSchema.parse({ updates: ON, journey: { idleSeconds: 600, countdownSeconds: 60 } });
    expect(mayInstall(longJourney, wed(2), 15 * 60).install).toBe(true);
    expect(mayInstall(longJourney, wed(2), 11 * 60).install).toBe(false);
  });

  it('never while updates are off', () => {
    expect(mayInstall(off, wed(2), IDLE).install).toBe(false);
  });
});

describe('staged rollout', () => {
  const kiosks = Array.from({ length: 1000 }, (_, i) => `kiosk-${i}`);

  it('gives each kiosk the same bucket for a version every time', () => {
    expect(rolloutBucket('kiosk-1', '1.2.0')).toBe(rolloutBucket('kiosk-1', '1.2.0'));
    expect(rolloutBucket('kiosk-1', '1.2.0')).not.toBe(rolloutBucket('kiosk-1', '1.3.0'));
  });

  it('takes about the given share of kiosks, and only adds kiosks as the percentage rises', () => {
    const at = (p: number) => kiosks.filter((id) => inRollout(id, '1.2.0', p));
    const ten = at(10);
    const fifty = at(50);
    expect(ten.length).toBeGreaterThan(60);
    expect(ten.length).toBeLessThan(140);
    expect(fifty.length).toBeGreaterThan(440);
    expect(fifty.length).toBeLessThan(560);
    expect(ten.every((id) => fifty.includes(id))).toBe(true);
  });

  it('goes to everyone without a percentage or at 100, to no one at 0', () => {
    expect(kiosks.every((id) => inRollout(id, '1.2.0', undefined))).toBe(true);
    expect(kiosks.every((id) => inRollout(id, '1.2.0', 100))).toBe(true);
    expect(kiosks.some((id) => inRollout(id, '1.2.0', 0))).toBe(false);
  });
});
