// Writes that never leave a half-written file behind: a crash at any point leaves either the old
// content or the new, because rename() within one directory is atomic on every platform we ship.
import { open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** .<name>.<pid>.<8 hex>.tmp: the pid says whether the writer may still be running. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    // A full disk fails the write half way: the partial temp file must not stay to fill it more.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename has happened: the new content is what a reader sees. A directory that cannot be
  // synced costs only durability of the rename across a power cut, so it does not fail the write.
  await syncDirectory(dirname(path)).catch(() => undefined);
}

/**
 * Removes temp files left by a writer that was killed (power cut, kill -9) before its rename.
 * Only those of processes no longer running, so a save in flight is never touched. Never throws.
 */
export async function removeStaleTemps(dir: string, onError: (error: unknown) => void = () => {}): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      await rm(join(dir, name), { force: true });
      removed++;
    } catch (error) {
      onError(error);
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename itself durable. Windows cannot open a directory for sync; there NTFS journals it. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
