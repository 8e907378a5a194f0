// Everything staff sign-in needs, opened once per data directory and shared by the kiosk's own
// screen and the reception-desk listener, so a lock-out or a new PIN applies to both at once.
import { AuditLog } from './audit-log.ts';
import { CredentialStore, DEFAULT_COST, type ScryptCost } from './credentials.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { Lockout, UNLOCKED, lockoutStateFrom, toStored } from './lockout.ts';
import { clockOf, systemClock, type Clock } from './clock.ts';
import { Sessions, type Surface } from './sessions.ts';
import { silentLogger, type Logger } from './logger.ts';

export interface AdminServices {
  readonly credentials: CredentialStore;
  readonly sessions: Sessions;
  /** One per door, so guessing from the practice network cannot lock the kiosk's PIN pad. */
  readonly lockouts: Record<Surface, Lockout>;
  readonly audit: AuditLog;
}

export interface AdminServiceOptions {
  /** One function for both clocks (tests); `clock` sets them apart. */
  readonly now?: () => number;
  readonly clock?: Clock;
  /** Where failed writes of lockout.json and audit.log are reported (the kiosk carries on). */
  readonly log?: Logger;
  /** Tests that sign in many times use a cheaper hash; the kiosk always uses the default. */
  readonly scryptCost?: ScryptCost;
}

export async function openAdminServices(dataDir: string, { now, clock, scryptCost = DEFAULT_COST, log = silentLogger }: AdminServiceOptions = {}): Promise<AdminServices> {
  const time = clock ?? (now ? clockOf(now) : systemClock);
  return {
    credentials: await CredentialStore.open(dataDir, scryptCost),
    // Session ages on the monotonic clock: a wall clock stepped back does not keep one alive.
    sessions: new Sessions(() => time.monotonic()),
    lockouts: await openLockouts(join(dataDir, 'lockout.json'), time, log),
    audit: new AuditLog(dataDir, () => new Date(time.wall()), undefined, (error) => log.error('an audit line could not be written', { error: String(error) })),
  };
}

/**
 * Lock-outs survive a restart (lockout.json), so pulling the kiosk's plug does not buy more
 * guesses. Each change is written (and fsynced) before the attempt is answered. When the disk
 * refuses, the lock-out carries on in memory and the log says so.
 */
async function openLockouts(file: string, clock: Clock, log: Logger): Promise<Record<Surface, Lockout>> {
  let saved: Partial<Record<Surface, unknown>> = {};
  try {
    saved = JSON.parse(await readFile(file, 'utf8')) as Partial<Record<Surface, unknown>>;
  } catch {
    // Missing (first start) or damaged: start unlocked, as after a right answer.
  }
  let queue = Promise.resolve();
  const persist = (): Promise<void> => {
    const text = `${JSON.stringify({ kiosk: toStored(lockouts.kiosk.state, clock), remote: toStored(lockouts.remote.state, clock) })}\n`;
    queue = queue.then(
      () => writeFileAtomic(file, text),
    ).catch((error: unknown) => log.error('lockout.json could not be written; the lock-out holds in memory until a restart', { error: String(error) }));
    return queue;
  };
  const lockouts: Record<Surface, Lockout> = {
    kiosk: new Lockout(clock, lockoutStateFrom(saved.kiosk) ?? UNLOCKED, persist),
    remote: new Lockout(clock, lockoutStateFrom(saved.remote) ?? UNLOCKED, persist),
  };
  return lockouts;
}
