// Staff sessions: a random token in an HttpOnly cookie, and a CSRF token per session that the
// page sends back in a header. A session ends after a spell untouched (2 minutes at the kiosk, so
// nobody walks up to an admin screen left open; 15 minutes at the reception desk).
import { randomBytes, timingSafeEqual } from 'node:crypto';

export type Surface = 'kiosk' | 'remote';

export const IDLE_MS: Record<Surface, number> = { kiosk: 2 * 60_000, remote: 15 * 60_000 };

export interface Session {
  readonly token: string;
  readonly csrfToken: string;
  readonly surface: Surface;
  lastSeen: number;
}

const token = () => randomBytes(32).toString('base64url');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Sessions {
  readonly #sessions = new Map<string, Session>();
  readonly #now: () => number;
  readonly #idleMs: Record<Surface, number>;

  constructor(now: () => number = Date.now, idleMs: Record<Surface, number> = IDLE_MS) {
    this.#now = now;
    this.#idleMs = idleMs;
  }

  create(surface: Surface): Session {
    this.#sweep();
    const session = { token: token(), csrfToken: token(), surface, lastSeen: this.#now() };
    this.#sessions.set(session.token, session);
    return session;
  }

  /** The live session for this token on this surface, kept alive by the use unless `keepAlive` is false. */
  touch(tokenValue: string | undefined, surface: Surface, keepAlive = true): Session | undefined {
    if (!tokenValue) return undefined;
    const session = this.#sessions.get(tokenValue);
    if (!session || session.surface !== surface) return undefined;
    if (this.#now() - session.lastSeen >= this.#idleMs[surface]) {
      this.#sessions.delete(tokenValue);
      return undefined;
    }
    if (keepAlive) session.lastSeen = this.#now();
    return session;
  }

  end(tokenValue: string): void {
    this.#sessions.delete(tokenValue);
  }

  /** After a PIN or password change every other session must sign in again. */
  endAllExcept(tokenValue: string): void {
    for (const key of this.#sessions.keys()) if (key !== tokenValue) this.#sessions.delete(key);
  }

  /** When the reception-desk listener stops, its sessions end with it. */
  endSurface(surface: Surface): void {
    for (const [key, s] of this.#sessions) if (s.surface === surface) this.#sessions.delete(key);
  }

  #sweep(): void {
    const now = this.#now();
    for (const [key, s] of this.#sessions) if (now - s.lastSeen >= this.#idleMs[s.surface]) this.#sessions.delete(key);
  }
}
