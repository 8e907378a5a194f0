// The Electron host's own arguments. Electron's argv also carries Chromium switches, the app
// path when run unpackaged, and (under Playwright) inspector switches, so unknown arguments are
// ignored rather than fatal; the ones that are ours are checked strictly.
//   --data-dir <dir>      settings, logs and the browser profile (default: the platform's place)
//   --dev                 allow devtools; honoured only when the app is not packaged
//   --cursor <mode>       auto | hidden | visible: hidden suits touch-only hardware
//   --relaunch-at <HH:MM> relaunch daily at this time while the practice is closed
//   --remote-port <n>     the reception-desk admin listener, when staff turn it on (default 8088)
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-dir.ts';
import { CLOCK_TIME } from './nightly-relaunch.ts';

export const CURSOR_MODES = ['auto', 'hidden', 'visible'] as const;
export type CursorMode = (typeof CURSOR_MODES)[number];

export interface ElectronHostOptions {
  readonly dataDir: string;
  readonly devTools: boolean;
  readonly cursor: CursorMode;
  readonly relaunchAt: string | undefined;
  readonly remotePort: number;
}

export const DEFAULT_REMOTE_PORT = 8088;

export interface ElectronArgsContext {
  readonly isPackaged: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
}

export function parseElectronArgs(argv: readonly string[], { isPackaged, env = process.env, platform = process.platform }: ElectronArgsContext): ElectronHostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      dev: { type: 'boolean', default: false },
      cursor: { type: 'string', default: env.KIOSK_CURSOR ?? 'auto' },
      'relaunch-at': { type: 'string', default: env.KIOSK_RELAUNCH_AT },
      'remote-port': { type: 'string', default: env.KIOSK_REMOTE_PORT ?? String(DEFAULT_REMOTE_PORT) },
    },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = typeof values['data-dir'] === 'string' && values['data-dir'] ? values['data-dir'] : env.KIOSK_DATA_DIR || defaultDataDir(env, platform);
  const cursor = String(values.cursor);
  if (!(CURSOR_MODES as readonly string[]).includes(cursor)) {
    throw new Error(`--cursor must be one of ${CURSOR_MODES.join(', ')}, not "${cursor}"`);
  }
  const relaunchAt = values['relaunch-at'];
  if (relaunchAt !== undefined && (typeof relaunchAt !== 'string' || !CLOCK_TIME.test(relaunchAt))) {
    throw new Error(`--relaunch-at must be a 24-hour time such as 03:00, not "${String(relaunchAt)}"`);
  }
  const remotePort = Number(values['remote-port']);
  if (!Number.isInteger(remotePort) || remotePort < 0 || remotePort > 65535) {
    throw new Error(`--remote-port must be a whole number from 0 to 65535, not "${String(values['remote-port'])}"`);
  }
  return { dataDir, devTools: values.dev === true && !isPackaged, cursor: cursor as CursorMode, relaunchAt, remotePort };
}
