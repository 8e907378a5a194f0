import { describe, expect, it } from 'vitest';
import { IDLE_MS, Sessions } from './sessions.ts';

describe('Sessions', () => {
  it('ends a kiosk session after two minutes untouched, and each use restarts the clock', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    const session = sessions.create('kiosk');
    now += IDLE_MS.kiosk - 1;
    expect(sessions.touch(session.token, 'kiosk')).toBe(session);
    now += IDLE_MS.kiosk - 1;
    expect(sessions.touch(session.token, 'kiosk')).toBe(session);
    now += IDLE_MS.kiosk;
    expect(sessions.touch(session.token, 'kiosk')).toBeUndefined();
  });

  it('keeps a remote session for 15 minutes and never accepts it on the other surface', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    const remote = sessions.create('remote');
    expect(sessions.touch(remote.token, 'kiosk')).toBeUndefined();
    now += 14 * 60_000;
    expect(sessions.touch(remote.token, 'remote')).toBe(remote);
  });

  it('does not extend a session when only looked at', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    const session = sessions.create('kiosk');
    now += IDLE_MS.kiosk - 1;
    expect(sessions.touch(session.token, 'kiosk', false)).toBe(session);
    now += 1;
    expect(sessions.touch(session.token, 'kiosk')).toBeUndefined();
  });

  it('gives every session its own random token and CSRF token', () => {
    const sessions = new Sessions();
    const a = sessions.create('kiosk');
    const b = sessions.create('kiosk');
    expect(new Set([a.token, a.csrfToken, b.token, b.csrfToken]).size).toBe(4);
    expect(a.token.length).toBeGreaterThanOrEqual(43);
    const desk = sessions.create('remote');
    sessions.endSurface('remote');
    expect(sessions.touch(desk.token, 'remote')).toBeUndefined();
    expect(sessions.touch(a.token, 'kiosk')).toBe(a);
    sessions.endAllExcept(b.token);
    expect(sessions.touch(a.token, 'kiosk')).toBeUndefined();
    expect(sessions.touch(b.token, 'kiosk')).toBe(b);
  });
});
