// A log file that cannot fill the disk of a kiosk left running for months: when kiosk.log
// would pass `maxBytes` it becomes kiosk.log.1 (the older ones shift up) and only `keep` old
// files stay. Writes are synchronous appends: lines are few, and a line written just before a
// crash must not be lost in a buffer.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine, type Logger } from './logger.ts';

export interface RotatingFileLoggerOptions {
  readonly dir: string;
  readonly fileName?: string;
  readonly maxBytes?: number;
  readonly keep?: number;
  /** Also write each line here (the console, in development). */
  readonly echo?: Logger;
}

const BAD_DISK = new Set(['EROFS', 'ENOSPC', 'EDQUOT', 'EIO', 'ENOENT']);

export function createRotatingFileLogger({ dir, fileName = 'kiosk.log', maxBytes = 1_000_000, keep = 5, echo }: RotatingFileLoggerOptions): Logger {
  if (maxBytes < 1 || keep < 0) throw new Error(`log rotation needs maxBytes >= 1 and keep >= 0 (got ${maxBytes}, ${keep})`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // A disk gone bad (read-only, full, failing) must not stop the kiosk: lines then go to the
    // console only. A data directory that is not a directory at all is a set-up mistake: say so.
    if (!BAD_DISK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    console.error(`cannot make the log folder ${dir}: ${(error as Error).message}`);
  }
  const file = join(dir, fileName);
  let size = sizeOf(file);

  function rotate(): void {
    rmSync(`${file}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n--) renameIfPresent(`${file}.${n}`, `${file}.${n + 1}`);
    if (keep > 0) renameIfPresent(file, `${file}.1`);
    else rmSync(file, { force: true });
    size = 0;
  }

  function write(level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>): void {
    echo?.[level](message, details);
    const line = `${formatLogLine(level, message, details)}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
    } catch (error) {
      // Logging must never take the kiosk down (a full disk, a file locked by an editor).
      console.error(`cannot write the log ${file}: ${(error as Error).message}`);
    }
  }

  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function renameIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
