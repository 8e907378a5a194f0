// The reception-desk listener: the admin screens on the practice network. It runs only while
// staff have turned remote admin on in the settings and a remote password is set, and it starts
// and stops as either changes, without a restart.
import { hostname, networkInterfaces } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { SettingsStore } from '../../core/settings-store.ts';
import type { AdminServices } from '../../core/admin-services.ts';
import type { Logger } from '../../core/logger.ts';
import type { WebApp } from '../../web/app.ts';

export interface RemoteListener {
  /** http://<address on the practice network>:<port>/admin/ while listening, else null. */
  url(): string | null;
  close(): Promise<void>;
}

export interface RemoteListenerOptions {
  readonly store: SettingsStore;
  readonly admin: AdminServices;
  readonly app: WebApp;
  readonly port: number;
  readonly log: Logger;
  readonly onChange?: (url: string | null) => void;
}

/** The first IPv4 address a computer on the practice network could reach; loopback if none. */
export function practiceNetworkAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return '127.0.0.1';
}

/**
 * The Host names this listener serves: this computer's own addresses and names, on its port. A
 * page on another site that points its own name at this address (DNS rebinding) sends its own
 * name as Host, and is refused, so it cannot read the admin API with the browser's help.
 */
export function servedHosts(port: number, interfaces = networkInterfaces(), name = hostname()): Set<string> {
  const names = new Set(['localhost', name.toLowerCase(), `${name.toLowerCase()}.local`]);
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) names.add(address.family === 'IPv6' ? `[${address.address.toLowerCase()}]` : address.address);
  }
  const hosts = new Set<string>();
  for (const host of names) {
    hosts.add(`${host}:${port}`);
    if (port === 80) hosts.add(host);
  }
  return hosts;
}

export function isServedHost(header: string | null | undefined, port: number, served = servedHosts(port)): boolean {
  if (!header) return false;
  return served.has(header.trim().toLowerCase().replace(/\.(?=:\d+$|$)/, ''));
}

function misdirected(): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Misdirected request', status: 421, detail: 'Open the admin page at the address the kiosk shows' }), {
    status: 421,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}

export function startRemoteListener({ store, admin, app, port, log, onChange }: RemoteListenerOptions): RemoteListener {
  let server: ServerType | undefined;
  let url: string | null = null;
  // Changes arrive in bursts (a save, a password); apply them one at a time.
  let queue = Promise.resolve();
  const wanted = () => store.current().settings.remoteAdmin.enabled && admin.credentials.hasRemotePassword;

  const sync = () => {
    queue = queue.then(async () => {
      if (wanted() && !server) await open();
      else if (!wanted() && server) await shut();
    });
  };

  async function open(): Promise<void> {
    try {
      server = await new Promise<ServerType>((resolve, reject) => {
        const s = serve(
          {
            fetch: (request: Request) => (isServedHost(request.headers.get('host'), listeningPort(s)) ? app.fetch(request) : misdirected()),
            port,
            hostname: '0.0.0.0',
          },
          () => resolve(s),
        );
        s.once('error', reject);
      });
    } catch (error) {
      log.error('remote admin cannot listen', { port, error: (error as Error).message });
      return;
    }
    url = `http://${practiceNetworkAddress()}:${(server.address() as AddressInfo).port}/admin/`;
    log.info('remote admin on', { url });
    onChange?.(url);
  }

  function listeningPort(s: ServerType): number {
    return (s.address() as AddressInfo).port;
  }

  async function shut(): Promise<void> {
    const s = server;
    server = undefined;
    url = null;
    admin.sessions.endSurface('remote');
    if (s) {
      if ('closeAllConnections' in s) s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
    log.info('remote admin off');
    onChange?.(null);
  }

  const unsubscribeStore = store.subscribe(sync);
  const unsubscribeCredentials = admin.credentials.onChange(sync);
  sync();

  return {
    url: () => url,
    async close() {
      unsubscribeStore();
      unsubscribeCredentials();
      await queue;
      await shut();
    },
  };
}
