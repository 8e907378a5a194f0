// Everything staff sign-in needs, opened once per data directory and shared by the kiosk's own
// screen and the reception-desk listener, so a lock-out or a new PIN applies to both at once.
import { AuditLog } from './audit-log.ts';
import { CredentialStore, DEFAULT_COST, type ScryptCost } from './credentials.ts';
import { Lockout } from './lockout.ts';
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
    lockouts: { kiosk: new Lockout(now), remote: new Lockout(now) },
    audit: new AuditLog(dataDir, () => new Date(now())),
  };
}
