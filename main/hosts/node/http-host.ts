// Runs the web handler over HTTP on loopback. Shared by `npm run serve` and `npm start`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { SettingsStore } from '../../core/settings-store.ts';
import { watchSettingsFile } from '../../core/settings-file-watcher.ts';
import { openAdminServices } from '../../core/admin-services.ts';
import { CountsStore } from '../../core/counts-store.ts';
import { createWebApp } from '../../web/app.ts';
import { startRemoteListener } from './remote-listener.ts';
import { startFleet } from '../../core/fleet/fleet.ts';
import { httpsGroupFetch } from './group-fetch.ts';
import type { HostShell } from '../../web/admin-routes.ts';
import type { Logger } from '../../core/logger.ts';
import type { HostOptions } from './command-line.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningHost {
  readonly url: string;
  close(): Promise<void>;
}

export interface HostEvents {
  /** The reception-desk admin address when that listener starts, null when it stops. */
  readonly onRemoteAdmin?: (url: string | null) => void;
  /** The host's own actions for signed-in staff (the Chromium fallback's "Leave kiosk mode"). */
  readonly shell?: HostShell;
}

export async function startHttpHost(options: HostOptions, log: Logger, events: HostEvents = {}): Promise<RunningHost> {
  const store = await SettingsStore.open(options.dataDir, log);
  const admin = await openAdminServices(options.dataDir, { log });
  if (admin.credentials.problem) log.error(admin.credentials.problem);
  const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
  const pageDir = `${root}dist/renderer`;
  const localesDir = `${root}locales`;
  // Read only when a request arrives, by which time the listener below exists.
  const remoteUrl = (): string | null => remote.url();
  // Group settings and health figures (docs/fleet.md); idle unless settings name a group.
  const fleet = startFleet({ store, dataDir: options.dataDir, log, audit: admin.audit, fetchGroupFile: httpsGroupFetch() });
  const counts = await CountsStore.open(options.dataDir, log, { enabled: () => store.current().settings.counts.enabled });
  const app = createWebApp({ store, pageDir, localesDir, log, version, admin, remoteUrl, fleet: fleet.report, counts, shell: events.shell });
  const remoteApp = createWebApp({ store, pageDir, localesDir, log, version, admin, remoteUrl, surface: 'remote', fleet: fleet.report, counts });
  const stopWatching = watchSettingsFile(options.dataDir, store, log);

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const remote = startRemoteListener({ store, admin, app: remoteApp, port: options.remotePort, log, onChange: events.onRemoteAdmin });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        stopWatching();
        fleet.stop();
        void remote.close();
        void counts.close();
        // Open event streams would hold close() forever.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
