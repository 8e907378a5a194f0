// The start-on-boot files in packaging/linux: restarted after any failure, never given up on
// (a patient able to make the kiosk exit must not be able to use up a start limit), and a route
// for the Chromium fallback that works in any desktop session.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`../packaging/linux/${name}`, import.meta.url), 'utf8');
/** Key=value lines of a unit or desktop file, comments left out. */
const settings = (text: string) => new Map(text.split('\n').filter((l) => /^[A-Za-z]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

describe.each(['waiting-room-kiosk.service', 'waiting-room-kiosk-chromium.service'])('%s', (name) => {
  const unit = settings(read(name));
  it('restarts after a failure, a few seconds apart, with no start limit to exhaust', () => {
    expect(unit.get('Restart')).toBe('on-failure');
    expect(Number(unit.get('RestartSec'))).toBeGreaterThanOrEqual(1);
    expect(unit.get('StartLimitIntervalSec')).toBe('0');
    expect(unit.has('StartLimitBurst')).toBe(false);
  });
});

describe('the Chromium fallback route', () => {
  it('runs npm start from the repository in the Chromium shell', () => {
    const unit = settings(read('waiting-room-kiosk-chromium.service'));
    expect(unit.get('ExecStart')).toMatch(/npm start/);
    expect(unit.get('Environment')).toBe('KIOSK_SHELL=chromium');
  });
  it('is started by an autostart entry with the session\'s display, not by graphical-session.target', () => {
    const entry = settings(read('waiting-room-kiosk-chromium-autostart.desktop'));
    expect(entry.get('Exec')).toContain('import-environment DISPLAY');
    expect(entry.get('Exec')).toContain('systemctl --user start waiting-room-kiosk-chromium.service');
    expect(read('waiting-room-kiosk-chromium.service')).not.toMatch(/^After=graphical-session/m);
  });
});
