// Who is signed in: the session cookie names a live session on this surface, and every request
// that changes something also carries that session's CSRF token in a header, which a page on
// another site cannot set.
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { sameToken, type Session, type Sessions, type Surface } from '../core/sessions.ts';
import { problem } from './problem.ts';

export const SESSION_COOKIE = 'kiosk_admin';
const COOKIE_PATH = '/api/admin';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AdminEnv = { Variables: { session: Session } };

export function requireSession(sessions: Sessions, surface: Surface) {
  return createMiddleware<AdminEnv>(async (c, next) => {
    const session = sessions.touch(getCookie(c, SESSION_COOKIE), surface);
    if (!session) return problem(401, 'Not signed in', 'Sign in to change the kiosk, or sign in again: the session ended after a spell unused');
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('X-CSRF-Token');
      if (!sent || !sameToken(sent, session.csrfToken)) {
        return problem(403, 'Forbidden', 'The X-CSRF-Token header is missing or does not match this session');
      }
    }
    c.set('session', session);
    await next();
  });
}

/** A page served from another origin must not drive the API with the staff member's cookie. */
export const sameOrigin = createMiddleware(async (c, next) => {
  const origin = c.req.header('Origin');
  if (origin && !SAFE_METHODS.has(c.req.method)) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== new URL(c.req.url).host) return problem(403, 'Forbidden', 'Requests from another site are refused');
  }
  await next();
});

export function startSession(c: Context, sessions: Sessions, surface: Surface): Session {
  const session = sessions.create(surface);
  setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', path: COOKIE_PATH });
  return session;
}

export function endSession(c: Context, sessions: Sessions, surface: Surface): void {
  const session = sessions.touch(getCookie(c, SESSION_COOKIE), surface, false);
  const sent = c.req.header('X-CSRF-Token');
  if (session && sent && sameToken(sent, session.csrfToken)) sessions.end(session.token);
  deleteCookie(c, SESSION_COOKIE, { path: COOKIE_PATH });
}

export function currentSession(c: Context, sessions: Sessions, surface: Surface): Session | undefined {
  return sessions.touch(getCookie(c, SESSION_COOKIE), surface, false);
}
