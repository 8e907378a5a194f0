// A power cut or a crash in the middle of saving must leave a valid settings.json holding one of
// the saved versions. A real child process saves in a loop and is killed with SIGKILL: no
// handlers run, exactly as when the power goes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SettingsStore, parseDocument } from './settings-store.ts';
import { silentLogger } from './logger.ts';

const child = fileURLToPath(new URL('./settings-store.crash-child.ts', import.meta.url));
let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kiosk-crash-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

/**
 * Runs the saving child until it has reported `after` saves, then kills it `delayMs` later (so
 * the kill lands at varying points inside a save), and returns the last save it reported.
 */
function saveThenKill(after: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const saver = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let killing = false;
    let stderr = '';
    saver.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    saver.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/saved (\d+)/g)) last = Number(match[1]);
      if (last >= after && !killing) {
        killing = true;
        setTimeout(() => saver.kill('SIGKILL'), delayMs);
      }
    });
    saver.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

describe('SettingsStore under a crash', () => {
  it('leaves a valid settings.json holding one of the saved versions, every time', async () => {
    for (let round = 0; round < 16; round++) {
      const lastReported = await saveThenKill(1 + round * 2, round % 5);
      const parsed = parseDocument(await readFile(join(dir, 'settings.json'), 'utf8'));
      expect(parsed.ok, `round ${round}`).toBe(true);
      if (!parsed.ok) return;
      const saved = Number(/^Save (\d+)$/.exec(parsed.settings.practice.name)?.[1]);
      // The child may finish one or more saves between its last line and the kill landing.
      expect(saved).toBeGreaterThanOrEqual(lastReported);
      expect(parsed.settings.notices[0]?.id).toBe(`n${saved}`);

      const reopened = await SettingsStore.open(dir, silentLogger);
      expect(reopened.status()).toEqual({ source: 'file' });
      // Temp files of the killed writer are gone once the kiosk starts again.
      for (const sub of ['', 'history']) expect((await readdir(join(dir, sub))).filter((n) => n.endsWith('.tmp')), `round ${round}`).toEqual([]);
      for (const entry of await reopened.history()) expect(await reopened.readHistory(entry.id), entry.id).toBeDefined();
    }
  }, 120_000);
});
