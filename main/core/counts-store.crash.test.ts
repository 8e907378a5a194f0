// A kill -9 or a power cut while counts are being written must leave a valid counts.json that
// holds every count already reported written, and never a broken file. A real child process
// counts in a loop (writing on its one-second timer and when told) and is killed with SIGKILL
// at varying moments, as when the power goes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCounts, totalOf } from './counts.ts';
import { CountsStore } from './counts-store.ts';
import { silentLogger } from './logger.ts';

const child = fileURLToPath(new URL('./counts-store.crash-child.ts', import.meta.url));
let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kiosk-counts-crash-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs the counting child until it reported `after` counts written, kills it `delayMs` later, returns the last reported. */
function countThenKill(after: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const counter = spawn(process.execPath, [child, dir, '1000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let killing = false;
    let stderr = '';
    counter.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    counter.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/flushed (\d+)/g)) last = Number(match[1]);
      if (last >= after && !killing) {
        killing = true;
        setTimeout(() => counter.kill('SIGKILL'), delayMs);
      }
    });
    counter.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

describe('CountsStore under a crash', () => {
  it('leaves a valid counts.json with every count reported written, every time', async () => {
    let previous = 0;
    for (let round = 0; round < 12; round++) {
      const reported = await countThenKill(previous + 50 * (1 + (round % 3)), round % 4);
      const doc = parseCounts(await readFile(join(dir, 'counts.json'), 'utf8'));
      expect(doc, `round ${round}`).toBeDefined();
      const total = totalOf(doc!);
      // Whatever was reported written is there; the child may have written more before the kill.
      expect(total, `round ${round}`).toBeGreaterThanOrEqual(reported);
      previous = total;
    }
  }, 120_000);
});

describe('CountsStore batching', () => {
  afterEach(() => vi.useRealTimers());

  it('writes a count within one second, and not on every count', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = await CountsStore.open(dir, silentLogger, { enabled: () => true });
    const file = join(dir, 'counts.json');
    for (let i = 0; i < 20; i++) store.record('en', 'screen-menu');
    vi.advanceTimersByTime(999);
    await expect(stat(file)).rejects.toThrow();
    vi.advanceTimersByTime(1);
    // The timer's own write, not one asked for: wait for it to land.
    for (let i = 0; i < 1000 && !(await stat(file).catch(() => undefined)); i++) await new Promise((resolve) => setImmediate(resolve));
    expect(totalOf(parseCounts(await readFile(file, 'utf8'))!)).toBe(20);
  });
});
