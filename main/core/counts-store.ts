// The counts on disk (counts.json in the data dir). A count is added in memory at once and
// written at most once a flush interval (a second), with the same atomic write as the settings:
// a crash or power cut loses at most the counts of the last second and never leaves a broken
// file. Counting stops while the setting counts.enabled is off; clear() empties the file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { addCounts, dayOf, emptyCounts, parseCounts, pruneCounts, type CountsDocument } from './counts.ts';
import type { CountEvent } from '../common/count-events.ts';
import type { Logger } from './logger.ts';

export const COUNTS_FILE = 'counts.json';

export interface CountsStoreOptions {
  /** Read on every count: the setting, so turning it off stops counting at once. */
  readonly enabled: () => boolean;
  readonly now?: () => Date;
  /** At most one write per this many ms. */
  readonly flushMs?: number;
}

export class CountsStore {
  readonly #path: string;
  readonly #log: Logger;
  readonly #options: CountsStoreOptions;
  #saved: CountsDocument;
  #pending = new Map<string, [string, string, CountEvent, number]>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, saved: CountsDocument, log: Logger, options: CountsStoreOptions) {
    this.#path = path;
    this.#saved = saved;
    this.#log = log;
    this.#options = options;
  }

  static async open(dataDir: string, log: Logger, options: CountsStoreOptions): Promise<CountsStore> {
    const path = join(dataDir, COUNTS_FILE);
    let saved = emptyCounts();
    try {
      const parsed = parseCounts(await readFile(path, 'utf8'));
      if (parsed) saved = parsed;
      else log.error('counts.json is not valid; counting starts again from empty', { path });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.error('counts.json cannot be read', { error: (error as Error).message });
    }
    return new CountsStore(path, saved, log, options);
  }

  get enabled(): boolean {
    return this.#options.enabled();
  }

  /** Adds one to today's count of `event` in `lang`; false (and nothing kept) while counting is off. */
  record(lang: string, event: CountEvent): boolean {
    if (!this.enabled) return false;
    const day = dayOf(this.#now());
    const key = `${day} ${lang} ${event}`;
    const entry = this.#pending.get(key);
    if (entry) entry[3] += 1;
    else this.#pending.set(key, [day, lang, event, 1]);
    this.#timer ??= setTimeout(() => void this.flush(), this.#options.flushMs ?? 1000);
    return true;
  }

  /** What is saved plus what waits to be written. */
  current(): CountsDocument {
    return addCounts(this.#saved, this.#pending.values());
  }

  /** Writes what waits, now. Writes never overlap. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#writing = this.#writing.then(async () => {
      if (this.#pending.size === 0) return;
      const next = pruneCounts(addCounts(this.#saved, this.#pending.values()), dayOf(this.#now()));
      this.#pending = new Map();
      try {
        await writeFileAtomic(this.#path, `${JSON.stringify(next)}\n`);
        this.#saved = next;
      } catch (error) {
        this.#log.error('counts could not be saved', { error: (error as Error).message });
        this.#saved = next;
      }
    });
    return this.#writing;
  }

  /** Empties the counts, on disk too. */
  async clear(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = new Map();
    this.#writing = this.#writing.then(async () => {
      this.#saved = emptyCounts();
      await writeFileAtomic(this.#path, `${JSON.stringify(this.#saved)}\n`);
    });
    await this.#writing;
  }

  /** Writes what waits and stops the timer (on shutdown). */
  close(): Promise<void> {
    return this.flush();
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }
}
