// /api/admin: signing in, the PIN and remote password, and (in admin-settings-routes.ts) the
// settings themselves. The contract with the staff screens is docs/admin-api.md.
import { Hono } from 'hono';
import type { AdminServices } from '../core/admin-services.ts';
import type { Attempt } from '../core/lockout.ts';
import { PIN_PATTERN, PIN_RULE } from '../core/credentials.ts';
import { PASSWORD_RULE, passwordProblem } from '../common/text-rules.ts';
import type { Surface } from '../core/sessions.ts';
import type { SettingsStore } from '../core/settings-store.ts';
import type { Logger } from '../core/logger.ts';
import { problem, invalid } from './problem.ts';
import { limitBody, readJsonBody, stringField } from './json-body.ts';
import { currentSession, endSession, requireSession, sameOrigin, startSession, type AdminEnv } from './admin-session.ts';
import { adminSettingsRoutes } from './admin-settings-routes.ts';
import type { GroupStatus } from '../core/fleet/group-poller.ts';
import { STORAGE_ADVICE, describeStorageError } from '../core/storage-problem.ts';

export interface AdminRoutesOptions {
  readonly store: SettingsStore;
  readonly services: AdminServices;
  readonly surface: Surface;
  /** The reception-desk address while that listener runs, else null. Given by the host. */
  readonly remoteUrl: () => string | null;
  readonly log: Logger;
  /** What the host can do when staff ask, e.g. the Electron shell leaving kiosk mode. */
  readonly shell?: HostShell;
  /** Whether the group's settings are arriving (docs/fleet.md), for the staff screens to show. */
  readonly groupStatus?: () => GroupStatus;
}

/** A host's own actions, offered to signed-in staff on the kiosk itself. */
export interface HostShell {
  /** Ends kiosk mode (closes the app) so staff can reach the desktop. */
  quit(): void;
}

export function adminRoutes(options: AdminRoutesOptions): Hono<AdminEnv> {
  const { store, services, surface, remoteUrl } = options;
  const { credentials, sessions, audit } = services;
  const lockout = services.lockouts[surface];
  const routes = new Hono<AdminEnv>();
  const auth = requireSession(sessions, surface);
  const kioskOnly = () => (surface === 'kiosk' ? undefined : problem(404, 'Not found', 'This can only be done on the kiosk itself'));

  routes.use('*', sameOrigin);
  routes.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  // Signed out: only what the sign-in screen needs. Paths and file contents (settings problems,
  // the credentials file's state) are for signed-in staff and the log.
  routes.get('/status', (c) => {
    const signedIn = currentSession(c, sessions, surface) !== undefined;
    const signIn = {
      pinSet: credentials.hasPin,
      lockedUntil: lockout.lockedUntil?.toISOString() ?? null,
      signedIn,
      surface,
      credentialsProblem: credentials.publicProblem ?? null,
    };
    if (!signedIn) return c.json(signIn);
    const status = store.status();
    const storage = store.storage();
    return c.json({
      ...signIn,
      remote: { enabled: store.current().settings.remoteAdmin.enabled, passwordSet: credentials.hasRemotePassword, url: remoteUrl() },
      settings: { source: status.source, problem: status.problem ?? null },
      credentialsProblem: credentials.problem ?? null,
      storage: { problem: storage.problem ?? null, notes: storage.notes },
      canQuit: surface === 'kiosk' && options.shell !== undefined,
      group: options.groupStatus?.() ?? null,
    });
  });

  routes.post('/pin', limitBody, async (c) => {
    const refused = kioskOnly();
    if (refused) return refused;
    if (credentials.publicProblem) return problem(503, 'Sign-in unavailable', credentials.publicProblem);
    if (credentials.hasPin) return problem(409, 'PIN already set', 'A PIN is already set: sign in with it, then change it from the admin screen');
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const pin = stringField(body.value, 'pin');
    if (pin === undefined || !PIN_PATTERN.test(pin)) return invalid([{ path: 'pin', message: PIN_RULE }]);
    const failed = await stored(() => credentials.setPin(pin));
    if (failed) return failed;
    await audit.record('pin-set', surface, 'first PIN set');
    return c.json({ csrfToken: startSession(c, sessions, surface).csrfToken }, 201);
  });

  routes.post('/session', limitBody, async (c) => {
    if (credentials.publicProblem) return problem(503, 'Sign-in unavailable', credentials.publicProblem);
    const locked = lockedResponse();
    if (locked) return locked;
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const field = surface === 'kiosk' ? 'pin' : 'password';
    const secret = stringField(body.value, field);
    if (secret === undefined) return invalid([{ path: field, message: surface === 'kiosk' ? 'Enter the PIN' : 'Enter the password' }]);
    if (surface === 'kiosk' && !credentials.hasPin) return problem(409, 'No PIN yet', 'Set a PIN first');
    const attempt = await lockout.attempt(() => (surface === 'kiosk' ? credentials.verifyPin(secret) : credentials.verifyRemotePassword(secret)));
    if (attempt.outcome !== 'right') {
      if (attempt.outcome === 'wrong') await audit.record('sign-in-refused', surface, `wrong ${field}`);
      const words = field === 'pin' ? 'PIN' : 'password';
      return refusal(attempt, problem(401, `Wrong ${words}`, `That ${words} is not right`, { triesLeft: attempt.triesLeft }));
    }
    await audit.record('signed-in', surface);
    return c.json({ csrfToken: startSession(c, sessions, surface).csrfToken });
  });

  routes.delete('/session', (c) => {
    endSession(c, sessions, surface);
    return c.body(null, 204);
  });

  routes.put('/pin', auth, limitBody, async (c) => {
    const refused = kioskOnly();
    if (refused) return refused;
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const newPin = stringField(body.value, 'newPin');
    if (newPin === undefined || !PIN_PATTERN.test(newPin)) return invalid([{ path: 'newPin', message: PIN_RULE }]);
    const wrong = await checkPin(stringField(body.value, 'currentPin'), 'currentPin');
    if (wrong) return wrong;
    const failed = await stored(() => credentials.setPin(newPin));
    if (failed) return failed;
    sessions.endAllExcept(c.get('session').token);
    await audit.record('pin-changed', surface);
    return c.body(null, 204);
  });

  routes.put('/remote-password', auth, limitBody, async (c) => {
    const refused = kioskOnly();
    if (refused) return refused;
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const password = stringField(body.value, 'password');
    const weak = password === undefined ? PASSWORD_RULE : passwordProblem(password);
    if (password === undefined || weak) return invalid([{ path: 'password', message: weak ?? PASSWORD_RULE }]);
    const wrong = await checkPin(stringField(body.value, 'pin'), 'pin');
    if (wrong) return wrong;
    const failed = await stored(() => credentials.setRemotePassword(password));
    if (failed) return failed;
    sessions.endAllExcept(c.get('session').token);
    await audit.record('remote-password-set', surface);
    return c.body(null, 204);
  });

  // Staff leave kiosk mode here, signed in with the PIN, and never by a key combination.
  routes.post('/shell/quit', auth, async (c) => {
    const refused = kioskOnly();
    if (refused) return refused;
    if (!options.shell) return problem(404, 'Not available', 'This kiosk runs in a browser: close it from the operating system');
    await audit.record('kiosk-mode-left', surface);
    // Answer first, so the screen is not left waiting for a reply from a closing app.
    setTimeout(() => options.shell?.quit(), 200);
    return c.body(null, 202);
  });

  routes.route('/', adminSettingsRoutes({ ...options, auth }));

  routes.all('*', () => problem(404, 'Not found', 'There is no such admin route'));
  return routes;

  /** Runs a write of credentials.json; a disk that refuses it gives 503 saying why, not a bare 500. */
  async function stored(write: () => Promise<void>): Promise<Response | undefined> {
    try {
      await write();
      return undefined;
    } catch (error) {
      options.log.error('credentials.json could not be written', { error: (error as Error).message });
      return problem(503, 'Cannot save', `Nothing was changed. ${describeStorageError(error)}. ${STORAGE_ADVICE}`, { reason: describeStorageError(error) });
    }
  }

  function lockedResponse(): Response | undefined {
    const until = lockout.lockedUntil;
    return until ? lockedProblem(until) : undefined;
  }

  function lockedProblem(until: Date): Response {
    const seconds = Math.max(1, Math.ceil(lockout.msLeft / 1000));
    return problem(429, 'Locked', `Too many wrong tries. Try again after ${until.toISOString()}`, { lockedUntil: until.toISOString(), triesLeft: 0 }, { 'Retry-After': String(seconds) });
  }

  /** 429 if this attempt found or left the door locked, else the given 401. */
  function refusal(attempt: Attempt, wrong: Response): Response {
    return attempt.lockedUntil ? lockedProblem(attempt.lockedUntil) : wrong;
  }

  /** Re-entering the PIN to change a credential counts towards the same lock-out. */
  async function checkPin(pin: string | undefined, path: string): Promise<Response | undefined> {
    const locked = lockedResponse();
    if (locked) return locked;
    if (pin === undefined) return invalid([{ path, message: 'Enter the current PIN' }]);
    const attempt = await lockout.attempt(() => credentials.verifyPin(pin));
    if (attempt.outcome === 'right') return undefined;
    if (attempt.outcome === 'wrong') await audit.record('sign-in-refused', surface, 'wrong PIN while changing credentials');
    return refusal(attempt, problem(401, 'Wrong PIN', 'That PIN is not right', { triesLeft: attempt.triesLeft, errors: [{ path, message: 'That PIN is not right' }] }));
  }
}
