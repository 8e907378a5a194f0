// Starts the real Node host the way a person would (`node main/hosts/node/serve.ts --port 0
// --data-dir <dir>`), in a fresh temporary data directory, and waits for its "Serving" line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface KioskServer {
  readonly url: string;
  readonly dataDir: string;
  /** Everything the host wrote to stderr so far (its log of problems). */
  readonly log: () => string;
  writeSettings(settings: unknown): Promise<void>;
  /** Resolves with the first stdout line (past or future) matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export interface KioskServerOptions {
  /** Written to settings.json before start: an object (as JSON) or raw text. */
  readonly settings?: unknown;
  /** More command-line arguments for the host, e.g. ['--remote-port', '0']. */
  readonly args?: readonly string[];
  /** A data directory made by the test (e.g. a small tmpfs); left in place on stop. */
  readonly dataDir?: string;
}

export async function startKioskServer(options: KioskServerOptions = {}): Promise<KioskServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kiosk-e2e-')));
  const settingsFile = join(dataDir, 'settings.json');
  const write = (settings: unknown) => writeFile(settingsFile, typeof settings === 'string' ? settings : JSON.stringify(settings, null, 2));
  if (options.settings !== undefined) await write(options.settings);

  const child = spawn(process.execPath, ['main/hosts/node/serve.ts', '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  const url = await waitForServing(child, () => stderr);

  return {
    url,
    dataDir,
    log: () => stderr,
    writeSettings: write,
    async waitForLine(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const line of lines) {
          const match = pattern.exec(line);
          if (match) return match;
        }
        if (Date.now() > deadline) throw new Error(`no line matching ${pattern} in:\n${lines.join('\n')}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForServing(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in time:\n${stderr()}`)), 15_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^Serving (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${stderr()}`));
    });
  });
}
