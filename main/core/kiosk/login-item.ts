// Whether the app registers itself to start at login, and with which arguments: only the
// installed Windows app (an unpackaged run would register the bare Electron binary), unless
// KIOSK_NO_AUTOSTART=1. The kiosk's own options are kept, so it starts as it was installed.
export interface LoginItemContext {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  /** process.argv of the packaged app: [executable, ...arguments]. */
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

const KIOSK_OPTIONS = new Set(['--data-dir', '--cursor', '--relaunch-at', '--remote-port']);

export function loginItemArgs({ platform, isPackaged, argv, env }: LoginItemContext): string[] | undefined {
  if (platform !== 'win32' || !isPackaged || env.KIOSK_NO_AUTOSTART === '1') return undefined;
  const args: string[] = [];
  const rest = argv.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const name = arg.split('=')[0]!;
    if (!KIOSK_OPTIONS.has(name)) continue;
    if (arg.includes('=')) args.push(arg);
    else if (rest[i + 1] !== undefined) args.push(arg, rest[++i]!);
  }
  return args;
}
