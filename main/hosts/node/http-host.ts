// Runs the web handler over HTTP on loopback. Shared by `npm run serve` and `npm start`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { SettingsStore } from '../../core/settings-store.ts';
import { watchSettingsFile } from '../../core/settings-file-watcher.ts';
import { createWebApp } from '../../web/app.ts';
import type { Logger } from '../../core/logger.ts';
import type { HostOptions } from './command-line.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningHost {
  readonly url: string;
  close(): Promise<void>;
}

export async function startHttpHost(options: HostOptions, log: Logger): Promise<RunningHost> {
  const store = await SettingsStore.open(options.dataDir, log);
  const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
  const app = createWebApp({ store, pageDir: `${root}dist/renderer`, localesDir: `${root}locales`, log, version });
  const stopWatching = watchSettingsFile(options.dataDir, store, log);

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        stopWatching();
        // Open event streams would hold close() forever.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
