// The Node host's arguments: `--port <n>` (0 = any free port), `--data-dir <dir>`,
// `--remote-port <n>` (the reception-desk admin listener, when staff turn it on; default 8088).
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../core/data-dir.ts';

export interface HostOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly remotePort: number;
}

export const DEFAULT_REMOTE_PORT = 8088;

function portNumber(flag: string, value: string | undefined): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--${flag} must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

export function parseHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): HostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: env.KIOSK_PORT ?? '0' },
      'data-dir': { type: 'string', default: env.KIOSK_DATA_DIR },
      'remote-port': { type: 'string', default: env.KIOSK_REMOTE_PORT ?? String(DEFAULT_REMOTE_PORT) },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    port: portNumber('port', values.port),
    dataDir: values['data-dir'] || defaultDataDir(env),
    remotePort: portNumber('remote-port', values['remote-port']),
  };
}
