// One kiosk per data directory: `kiosk.lock` holds the running host's pid. A second `npm start`
// on the same data directory says who holds it and exits, instead of opening a second kiosk over
// the first. A lock left by a host that is gone is taken over (lockVerdict decides).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockVerdict, type LockVerdict } from '../../core/kiosk/browser-supervision.ts';
import { isAlive } from './browser-supervisor.ts';

export interface KioskLock {
  readonly path: string;
  release(): void;
}

export function takeKioskLock(dataDir: string): KioskLock | Extract<LockVerdict, { take: false }> {
  const path = join(dataDir, 'kiosk.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return { path, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    const verdict = lockVerdict(text, process.pid, isAlive);
    if (!verdict.take) return verdict;
    rmSync(path, { force: true });
  }
  throw new Error(`could not take the kiosk lock ${path}`);
}
