// Everything staff sign-in needs, opened once per data directory and shared by the kiosk's own
// screen and the reception-desk listener, so a lock-out or a new PIN applies to both at once.
import { AuditLog } from './audit-log.ts';
import { CredentialStore, DEFAULT_COST, type ScryptCost } from './credentials.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { Lockout, UNLOCKED, lockoutStateFrom } from './lockout.ts';
import { Sessions, type Surface } from './sessions.ts';

export interface AdminServices {
  readonly credentials: CredentialStore;
  readonly sessions: Sessions;
  /** One per door, so guessing from the practice network cannot lock the kiosk's PIN pad. */
  readonly lockouts: Record<Surface, Lockout>;
  readonly audit: AuditLog;
}

export interface AdminServiceOptions {
  readonly now?: () => number;
  /** Tests that sign in many times use a cheaper hash; the kiosk always uses the default. */
  readonly scryptCost?: ScryptCost;
}

export async function openAdminServices(dataDir: string, { now = Date.now, scryptCost = DEFAULT_COST }: AdminServiceOptions = {}): Promise<AdminServices> {
  return {
    credentials: await CredentialStore.open(dataDir, scryptCost),
    sessions: new Sessions(now),
    lockouts: await openLockouts(join(dataDir, 'lockout.json'), now),
    audit: new AuditLog(dataDir, () => new Date(now())),
  };
}

/**
 * Lock-outs survive a restart (lockout.json), so pulling the kiosk's plug does not buy more
 * guesses. Writes are queued, and a lost write costs at most a few tries' worth of state.
 */
async function openLockouts(file: string, now: () => number): Promise<Record<Surface, Lockout>> {
  let saved: Partial<Record<Surface, unknown>> = {};
  try {
    saved = JSON.parse(await readFile(file, 'utf8')) as Partial<Record<Surface, unknown>>;
  } catch {
    // Missing (first start) or damaged: start unlocked, as after a right answer.
  }
  let queue = Promise.resolve();
  const persist = () => {
    const text = `${JSON.stringify({ kiosk: lockouts.kiosk.state, remote: lockouts.remote.state })}\n`;
    queue = queue.then(() => writeFileAtomic(file, text)).catch(() => undefined);
  };
  const lockouts: Record<Surface, Lockout> = {
    kiosk: new Lockout(now, lockoutStateFrom(saved.kiosk) ?? UNLOCKED, persist),
    remote: new Lockout(now, lockoutStateFrom(saved.remote) ?? UNLOCKED, persist),
  };
  return lockouts;
}
