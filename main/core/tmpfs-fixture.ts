// For tests: a small tmpfs as a kiosk data folder that can be made read-only or full, as a worn
// SD card or a full disk would be. Mounting needs root (as CI runs); elsewhere tests skip, saying so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function probeSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'real read-only and full disks are tested on Linux only';
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root (CI runs as root)';
  // Root in a container may still be refused a mount: try one, and say so.
  const probe = mkdtempSync(join(tmpdir(), 'kiosk-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'this machine refuses to mount a tmpfs, even for root';
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Why the real-filesystem tests cannot run here, or undefined when they can. */
export const tmpfsSkipReason = probeSkipReason();

export interface Tmpfs {
  readonly dir: string;
  readOnly(): void;
  /** Fills the file system to the last byte, so the next write fails with ENOSPC. */
  fill(): Promise<void>;
  /** Unmounts and removes the mount point; safe to call twice. */
  dispose(): Promise<void>;
}

export async function mountTmpfs(sizeKb = 2048): Promise<Tmpfs> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
  let mounted = true;
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    async fill() {
      const handle = await open(join(dir, 'filler.bin'), 'w');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
          // Write ever smaller pieces until not even one byte fits.
          for (;;) {
            try {
              await handle.write(block, 0, size);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
              break;
            }
          }
        }
      } finally {
        await handle.close();
      }
    },
    async dispose() {
      // A write still closing can hold the mount for a moment; a lazy unmount never leaves it behind.
      if (mounted) execFileSync('umount', ['--lazy', dir]);
      mounted = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
