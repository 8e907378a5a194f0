// The Node host's arguments: `--port <n>` (0 = any free port), `--data-dir <dir>`.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../core/data-dir.ts';

export interface HostOptions {
  readonly port: number;
  readonly dataDir: string;
}

export function parseHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): HostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: env.KIOSK_PORT ?? '0' },
      'data-dir': { type: 'string', default: env.KIOSK_DATA_DIR },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'] || defaultDataDir(env) };
}
