// A short record of what staff did: when, from where (the kiosk or the reception desk), what
// changed. Never who, and never values: a list of changed settings, not their contents, so no
// personal data can end up here. Append-only JSON lines, rotated to one older file.
import { appendFile, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Surface } from './sessions.ts';

export const AUDIT_ROTATE_BYTES = 256 * 1024;

export interface AuditEvent {
  readonly at: string;
  readonly action: string;
  readonly surface: Surface;
  readonly detail: string;
}

export class AuditLog {
  readonly #file: string;
  readonly #older: string;
  readonly #rotateBytes: number;
  readonly #now: () => Date;
  /** Appends run one at a time, so rotation never races a write. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly #onError: (error: unknown) => void;

  constructor(dir: string, now: () => Date = () => new Date(), rotateBytes = AUDIT_ROTATE_BYTES, onError: (error: unknown) => void = () => {}) {
    this.#file = join(dir, 'audit.log');
    this.#older = join(dir, 'audit.1.log');
    this.#now = now;
    this.#rotateBytes = rotateBytes;
    this.#onError = onError;
  }

  /**
   * Never fails: a line that cannot be written (read-only or full disk) is reported to onError
   * and dropped, so a bad disk never stops sign-in or a save that did succeed.
   */
  record(action: string, surface: Surface, detail = ''): Promise<void> {
    const event: AuditEvent = { at: this.#now().toISOString(), action, surface, detail };
    const run = this.#queue.then(() => this.#append(event)).catch((error: unknown) => this.#onError(error));
    this.#queue = run;
    return run;
  }

  /** Newest first. */
  async events(limit = 200): Promise<AuditEvent[]> {
    const lines = [...(await readLines(this.#older)), ...(await readLines(this.#file))];
    const events: AuditEvent[] = [];
    for (const line of lines.reverse()) {
      if (events.length >= limit) break;
      try {
        events.push(JSON.parse(line) as AuditEvent);
      } catch {
        // A line cut short by a power cut: skip it, keep the rest.
      }
    }
    return events;
  }

  async #append(event: AuditEvent): Promise<void> {
    const size = await stat(this.#file).then((s) => s.size, () => 0);
    if (size >= this.#rotateBytes) await rename(this.#file, this.#older);
    await appendFile(this.#file, `${JSON.stringify(event)}\n`, { encoding: 'utf8', mode: 0o600 });
  }
}

async function readLines(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  } catch {
    return [];
  }
}

/** Dotted paths of the settings that differ, two levels deep: "practice.name, notices". */
export function changedSettings(before: unknown, after: unknown, prefix = '', depth = 2): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  if (!bothObjects || depth === 0) return [prefix || '(all)'];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => changedSettings(before[key], after[key], prefix ? `${prefix}.${key}` : key, depth - 1));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
