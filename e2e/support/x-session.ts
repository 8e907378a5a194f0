// A real X display for the Chromium fallback's tests: Xvfb with openbox, `npm start`'s host run as
// an ordinary user (Chromium's sandbox, as on a real kiosk) with the kiosk policy in place in a
// private mount namespace (so the machine's own /etc/chromium is untouched), keys pressed with
// xdotool, and what is on screen read back from X (windows, geometry, pixels).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KIOSK_USER = 'kiosk-test';
export const SCREEN = { width: 1280, height: 800 } as const;
const repo = fileURLToPath(new URL('../../', import.meta.url));
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Why these tests cannot run here, or undefined. */
export function xSessionSkipReason(): string | undefined {
  const missing = ['Xvfb', 'xdpyinfo', 'openbox', 'xdotool', 'import', 'unshare', 'runuser'].filter((c) => !has(c));
  if (missing.length) return `needs ${missing.join(', ')} (apt-get install xvfb x11-utils openbox xdotool imagemagick)`;
  if (process.getuid?.() !== 0) return 'needs root to run the browser as a separate kiosk user with the policy mounted';
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) return 'needs Chromium';
  return undefined;
}

const x = (display: string, args: string[]) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

export class XKiosk {
  readonly display: string;
  /** Node 24 where the kiosk user can run it. */
  readonly node: string;
  readonly #dir: string;
  readonly #children: ChildProcess[] = [];
  output = '';
  /** The host's exit code, once it has exited (through runuser and unshare). */
  hostExit: Promise<number | null> = Promise.resolve(null);

  private constructor(display: string, dir: string) {
    this.display = display;
    this.#dir = dir;
    this.node = join(dir, 'node');
  }

  static async start(): Promise<XKiosk> {
    if (spawnSync('id', [KIOSK_USER]).status !== 0) execFileSync('useradd', ['--system', '--create-home', '--shell', '/usr/sbin/nologin', KIOSK_USER]);
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-x-'));
    chmodSync(dir, 0o755);
    // The kiosk user may not read root's home, where Node 24 may live: a hard link (or copy) it can.
    const node = join(dir, 'node');
    try {
      linkSync(process.execPath, node);
    } catch {
      copyFileSync(process.execPath, node);
    }
    const policy = join(dir, 'policy');
    mkdirSync(policy);
    copyFileSync(join(repo, 'packaging/linux/chromium-kiosk-policy.json'), join(policy, 'waiting-room-kiosk.json'));
    const data = join(dir, 'data');
    mkdirSync(data);
    const { uid, gid } = userIds(KIOSK_USER);
    chownSync(data, uid, gid);
    mkdirSync('/etc/chromium/policies/managed', { recursive: true });

    const display = `:${90 + Math.floor(Math.random() * 100)}`;
    const session = new XKiosk(display, dir);
    session.#spawn('Xvfb', [display, '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-ac', '-nolisten', 'tcp']);
    await until(() => spawnSync('xdpyinfo', [], { env: { ...process.env, DISPLAY: display } }).status === 0, 10_000, 'Xvfb did not start');
    session.#spawn('openbox', [], { DISPLAY: display });
    const script = `mount --bind "${policy}" /etc/chromium/policies/managed && exec runuser -u ${KIOSK_USER} -- env HOME=/tmp DISPLAY=${display} KIOSK_SHELL=chromium "${node}" "${join(repo, 'main/hosts/node/start.ts')}" --data-dir "${data}" --port 0 --remote-port 0`;
    const host = session.#spawn('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script]);
    session.hostExit = new Promise((resolve) => host.once('exit', (code) => resolve(code)));
    host.stdout!.on('data', (c: Buffer) => (session.output += c.toString()));
    host.stderr!.on('data', (c: Buffer) => (session.output += c.toString()));
    await until(() => /Serving http:\/\/127\.0\.0\.1:\d+\/ in /.test(session.output), 30_000, () => `the kiosk did not start:\n${session.output}`);
    return session;
  }

  #spawn(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.#children.push(child);
    return child;
  }

  /** Presses keys as a keyboard would, on whatever window has the focus. */
  key(keys: string): void {
    x(this.display, ['key', '--clearmodifiers', keys]);
  }

  /** Every visible window of the browser (tabs, windows, dialogs): its name and geometry. */
  windows(): { name: string; x: number; y: number; width: number; height: number }[] {
    let ids: string[];
    try {
      ids = x(this.display, ['search', '--onlyvisible', '--class', 'chromium']).split('\n').filter(Boolean);
    } catch {
      return [];
    }
    return ids.flatMap((id) => {
      try {
        const name = x(this.display, ['getwindowname', id]).trim();
        const geometry = x(this.display, ['getwindowgeometry', '--shell', id]);
        const value = (key: string) => Number(new RegExp(`${key}=(-?\\d+)`).exec(geometry)?.[1]);
        return [{ name, x: value('X'), y: value('Y'), width: value('WIDTH'), height: value('HEIGHT') }];
      } catch {
        return []; // closed while we looked
      }
    });
  }

  /** Colours down the screen's left edge (x = 5), top 200 rows, as "r,g,b". */
  leftEdge(): string[] {
    const text = execFileSync('import', ['-window', 'root', '-crop', '1x200+5+0', 'txt:-'], { env: { ...process.env, DISPLAY: this.display }, encoding: 'utf8' });
    return text
      .split('\n')
      .slice(1)
      .map((line) => /srgb\((\d+,\d+,\d+)\)/.exec(line)?.[1] ?? '');
  }

  /** The kiosk user's Chromium processes: the browser itself and its renderers. */
  browserProcesses(): { browser: number[]; renderers: number[] } {
    // ps exits 1 when the user has no processes at all.
    const listing = spawnSync('ps', ['-u', KIOSK_USER, '-o', 'pid=,args='], { encoding: 'utf8' }).stdout ?? '';
    const rows = listing.split('\n').filter((r) => r.includes('chromium'));
    const pid = (row: string) => Number(row.trim().split(/\s+/)[0]);
    return {
      browser: rows.filter((r) => !r.includes('--type=') && /\/chromium(\s|$)/.test(r)).map(pid),
      renderers: rows.filter((r) => r.includes('--type=renderer') && !r.includes('--extension-process')).map(pid),
    };
  }

  async stop(): Promise<void> {
    for (const child of [...this.#children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    rmSync(this.#dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

function userIds(user: string): { uid: number; gid: number } {
  return { uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })) };
}

async function until(ready: () => boolean, timeoutMs: number, failure: string | (() => string)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(typeof failure === 'string' ? failure : failure());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
