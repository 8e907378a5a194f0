// One call for a host: the group settings poller and the health figures, bundled as the
// FleetReport the web handler shows in /api/health, the staff screens and /metrics.
import type { AuditLog } from '../audit-log.ts';
import type { Logger } from '../logger.ts';
import type { SettingsStore } from '../settings-store.ts';
import { GroupPoller, type FetchGroupFile } from './group-poller.ts';
import { KioskHealth, storageFigures, type FleetReport } from './kiosk-health.ts';

export interface Fleet {
  readonly report: FleetReport;
  readonly poller: GroupPoller;
  stop(): void;
}

export function startFleet(options: { store: SettingsStore; dataDir: string; log: Logger; audit?: AuditLog; fetchGroupFile: FetchGroupFile }): Fleet {
  const health = new KioskHealth();
  const unwatch = health.watch(options.store);
  const poller = new GroupPoller(options);
  poller.start();
  return {
    report: { health, group: () => poller.status(), storage: () => storageFigures(options.dataDir) },
    poller,
    stop() {
      unwatch();
      poller.stop();
    },
  };
}
