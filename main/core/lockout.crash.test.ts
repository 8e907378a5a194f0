// The fifth wrong PIN must lock the pad even if the power goes the moment it is answered: a child
// process guesses five times and is killed with SIGKILL (no handlers run) as soon as it reports
// the fifth answer. Repeated, as the settings crash test is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAdminServices } from './admin-services.ts';
import { hashSecret } from './credentials.ts';

const ROUNDS = 10;
const child = fileURLToPath(new URL('./lockout.crash-child.ts', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-lock-crash-'));
  await writeFile(join(dir, 'credentials.json'), JSON.stringify({ pin: await hashSecret('135790', { N: 2 ** 10, r: 8, p: 1 }) }));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function guessThenKill(): Promise<void> {
  return new Promise((resolve, reject) => {
    const guesser = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    guesser.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    guesser.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('answered 5')) guesser.kill('SIGKILL');
    });
    guesser.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

describe('lock-out under a kill', () => {
  it(`keeps the lock after a kill right after the fifth wrong PIN, ${ROUNDS} times in ${ROUNDS}`, async () => {
    let kept = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await rm(join(dir, 'lockout.json'), { force: true });
      await guessThenKill();
      const after = await openAdminServices(dir);
      if (after.lockouts.kiosk.lockedUntil !== null) kept++;
    }
    expect(kept).toBe(ROUNDS);
  }, 120_000);
});
