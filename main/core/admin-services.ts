// Everything staff sign-in needs, opened once per data directory and shared by the kiosk's own
// screen and the reception-desk listener, so a lock-out or a new PIN applies to both at once.
import { AuditLog } from './audit-log.ts';
import { CredentialStore } from './credentials.ts';
import { Lockout } from './lockout.ts';
import { Sessions, type Surface } from './sessions.ts';

export interface AdminServices {
  readonly credentials: CredentialStore;
  readonly sessions: Sessions;
  /** One per door, so guessing from the practice network cannot lock the kiosk's PIN pad. */
  readonly lockouts: Record<Surface, Lockout>;
  readonly audit: AuditLog;
}

export async function openAdminServices(dataDir: string, now: () => number = Date.now): Promise<AdminServices> {
  return {
    credentials: await CredentialStore.open(dataDir),
    sessions: new Sessions(now),
    lockouts: { kiosk: new Lockout(now), remote: new Lockout(now) },
    audit: new AuditLog(dataDir, () => new Date(now())),
  };
}
