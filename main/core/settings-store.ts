// The settings file and its history. Knows files, not HTTP or Electron.
//
// settings.json is the live document, written atomically; history/ keeps the last
// HISTORY_LIMIT saved versions so staff can restore any of them. A file that is unreadable or
// invalid is never used and never silently lost: it is copied to rejected/ and the kiosk runs on
// the last good version it holds in memory, the newest valid version in history, or the defaults.
//
// A bad disk never stops the display: only the write of settings.json itself can fail a save
// (the commit point: a save is live, and in history, only once that rename has happened). Every
// other write (history copy, rejected copy, temp clean-up) is best-effort, logged, and reported
// in storage().
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings, type SettingsProblem } from '../common/settings-schema.ts';
import { readSettingsDocument } from './settings-migration.ts';
import { removeStaleTemps, writeFileAtomic } from './atomic-file.ts';
import { describeStorageError } from './storage-problem.ts';
import type { Logger } from './logger.ts';

export const HISTORY_LIMIT = 20;

export interface SettingsSnapshot {
  readonly settings: Settings;
  /** Hash of the stored document: the ETag a save must name to replace it. */
  readonly revision: string;
}

export interface LoadStatus {
  readonly source: 'file' | 'history' | 'defaults';
  /** Set when settings.json could not be used, in words staff can act on. */
  readonly problem?: string;
}

export interface HistoryEntry {
  readonly id: string;
  readonly savedAt: string;
  readonly revision: string;
}

/** Whether saves can be stored, in words without paths (safe to show signed-in staff). */
export interface StorageStatus {
  /** Set while the last write to the data folder failed: saving is refused, the display runs on. */
  readonly problem?: string;
  /** Things start-up tidied or ignored, e.g. stray files in history/. */
  readonly notes: readonly string[];
}

export type SaveResult =
  | { ok: true; snapshot: SettingsSnapshot }
  | { ok: false; reason: 'invalid'; problems: SettingsProblem[] }
  | { ok: false; reason: 'conflict'; current: SettingsSnapshot }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'storage'; problem: string };

/** A save names the revision it started from; a list (If-Match with several tags) matches any of them. */
export type BasedOn = string | readonly string[] | undefined;

type Listener = (snapshot: SettingsSnapshot) => void;

export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

function serialise(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export class SettingsStore {
  readonly #dir: string;
  readonly #log: Logger;
  #snapshot: SettingsSnapshot;
  #status: LoadStatus = { source: 'defaults' };
  readonly #listeners = new Set<Listener>();
  /** Saves and reloads run one at a time so each sees the revision the previous one wrote. */
  #queue: Promise<unknown> = Promise.resolve();
  #storageProblem: string | undefined;
  readonly #notes: string[] = [];

  private constructor(dir: string, log: Logger) {
    this.#dir = dir;
    this.#log = log;
    this.#snapshot = { settings: DEFAULT_SETTINGS, revision: revisionOf(serialise(DEFAULT_SETTINGS)) };
  }

  /** Never throws for a bad disk: the kiosk starts on the best settings it can read. */
  static async open(dir: string, log: Logger): Promise<SettingsStore> {
    const store = new SettingsStore(dir, log);
    await store.#tidy();
    await store.reload();
    return store;
  }

  /** Start-up: history/ exists, stale temp files go, and stray files in history/ are reported. */
  async #tidy(): Promise<void> {
    try {
      await makeDir(join(this.#dir, 'history'));
    } catch (error) {
      this.#storageFailed('the history folder could not be made', error);
    }
    let removed = 0;
    for (const sub of ['', 'history', 'rejected']) removed += await removeStaleTemps(join(this.#dir, sub), (e) => this.#log.warn('a stale temporary file could not be removed', { error: String(e) }));
    if (removed > 0) {
      this.#log.info(`removed ${removed} temporary file(s) left by an interrupted save`);
      this.#notes.push(`Removed ${removed} temporary file(s) left by an interrupted save.`);
    }
    // One small write at start-up, so a disk that turned read-only or full while the kiosk was off
    // is reported now (health, staff banner), not first by a failed save.
    const probe = join(this.#dir, '.write-check');
    try {
      await writeFileAtomic(probe, 'ok\n');
      await rm(probe, { force: true });
    } catch (error) {
      this.#storageFailed('the data folder cannot be written', error);
    }
    const stray = (await this.#historyNames()).filter((n) => !n.startsWith('.') && !parseHistoryName(n));
    if (stray.length > 0) {
      this.#log.warn(`ignoring ${stray.length} file(s) in history/ that the kiosk did not write`, { files: stray.join(', ') });
      this.#notes.push(`${stray.length} file(s) in the history folder were not written by the kiosk and are ignored.`);
    }
  }

  get file(): string {
    return join(this.#dir, 'settings.json');
  }

  current(): SettingsSnapshot {
    return this.#snapshot;
  }

  status(): LoadStatus {
    return this.#status;
  }

  storage(): StorageStatus {
    return { ...(this.#storageProblem ? { problem: this.#storageProblem } : {}), notes: [...this.#notes] };
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads settings.json again (at start, or after someone edited it by hand). */
  reload(): Promise<LoadStatus> {
    const run = this.#queue.then(() => this.#reload());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #reload(): Promise<LoadStatus> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // Not silent: someone removed the practice's settings while the kiosk ran.
        if (this.#status.source !== 'defaults') this.#log.warn('settings.json was deleted; the kiosk now shows the default settings');
        this.#use({ settings: DEFAULT_SETTINGS, revision: revisionOf(serialise(DEFAULT_SETTINGS)) }, { source: 'defaults' });
        return this.#status;
      }
      return this.#fallBack(`settings.json could not be read: ${(error as Error).message}`);
    }
    if (revisionOf(text) === this.#snapshot.revision && this.#status.source === 'file') return this.#status;
    const parsed = parseDocument(text);
    if (!parsed.ok) return this.#fallBack(`settings.json was not used: ${parsed.problem}`, text);
    await this.#remember(text, revisionOf(text));
    this.#use({ settings: parsed.settings, revision: revisionOf(text) }, { source: 'file' });
    return this.#status;
  }

  /** Validates and stores a whole settings document, if it was based on the current revision. */
  save(input: unknown, basedOn: BasedOn): Promise<SaveResult> {
    const run = this.#queue.then(() => this.#save(input, basedOn));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Saves an older version again as the newest, so a restore is itself in the history. */
  restore(id: string, basedOn: BasedOn): Promise<SaveResult> {
    const run = this.#queue.then(async (): Promise<SaveResult> => {
      const settings = await this.readHistory(id);
      if (!settings) return { ok: false, reason: 'not-found' };
      return this.#save(settings, basedOn);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Newest first, by save number (never by the clock, which may jump on a kiosk without a
   * battery-backed clock). Files the kiosk did not write are left out.
   */
  async history(): Promise<HistoryEntry[]> {
    const entries = (await this.#historyNames()).map(parseHistoryName).filter((e) => e !== undefined);
    entries.sort((a, b) => b.number - a.number || (b.stamp < a.stamp ? -1 : b.stamp > a.stamp ? 1 : 0));
    return entries.map(({ id, stamp, revision }) => ({ id, savedAt: fromStamp(stamp), revision }));
  }

  async #historyNames(): Promise<string[]> {
    try {
      return await readdir(join(this.#dir, 'history'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.#log.warn('history/ could not be read', { error: String(error) });
      return [];
    }
  }

  async readHistory(id: string): Promise<Settings | undefined> {
    if (!parseHistoryName(`${id}.json`)) return undefined;
    try {
      const parsed = parseDocument(await readFile(join(this.#dir, 'history', `${id}.json`), 'utf8'));
      return parsed.ok ? parsed.settings : undefined;
    } catch {
      return undefined;
    }
  }

  async #save(input: unknown, basedOn: BasedOn): Promise<SaveResult> {
    const result = readSettingsDocument(input);
    if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
    if (basedOn !== undefined && !(typeof basedOn === 'string' ? [basedOn] : basedOn).includes(this.#snapshot.revision)) {
      return { ok: false, reason: 'conflict', current: this.#snapshot };
    }
    const text = serialise(result.settings);
    const revision = revisionOf(text);
    // The commit point: until this rename, nothing (display, history) knows of the save.
    try {
      await writeFileAtomic(this.file, text);
    } catch (error) {
      return { ok: false, reason: 'storage', problem: this.#storageFailed('settings.json could not be written', error, true) };
    }
    this.#storageProblem = undefined;
    this.#use({ settings: result.settings, revision }, { source: 'file' });
    await this.#remember(text, revision);
    return { ok: true, snapshot: this.#snapshot };
  }

  /**
   * The live document joins the history (a save, or a good hand edit, so that a later bad edit
   * falls back to it). Best-effort: a failure here is logged and never undoes the save.
   */
  async #remember(text: string, revision: string): Promise<void> {
    try {
      const history = await this.history();
      if (history[0]?.revision === revision) return;
      const number = Math.max(0, ...(await this.#historyNames()).map((n) => parseHistoryName(n)?.number ?? 0)) + 1;
      await writeFileAtomic(join(this.#dir, 'history', `${String(number).padStart(8, '0')}_${toStamp(new Date())}_${revision}.json`), text);
      await this.#pruneHistory();
    } catch (error) {
      this.#storageFailed('the history copy could not be written', error);
    }
  }

  /**
   * Logs the full error (with its path) and keeps only words without a path for staff. A failed
   * save says why now; a side write keeps the first cause (a read-only disk, not the missing
   * history folder that followed from it).
   */
  #storageFailed(what: string, error: unknown, isSave = false): string {
    const problem = describeStorageError(error);
    this.#log.error(`${what}: ${(error as Error).message}`);
    if (isSave || this.#storageProblem === undefined) this.#storageProblem = problem;
    return problem;
  }

  async #fallBack(problem: string, rejectedText?: string): Promise<LoadStatus> {
    this.#log.error(problem);
    if (rejectedText !== undefined) await this.#keepRejected(rejectedText);
    // The last good document in memory first: it is what the display shows now.
    if (this.#status.source !== 'defaults') {
      this.#log.warn('running on the last good settings');
      this.#use(this.#snapshot, { source: 'history', problem });
      return this.#status;
    }
    for (const entry of await this.history()) {
      const settings = await this.readHistory(entry.id);
      if (settings) {
        this.#log.warn(`running on the last good settings, saved ${entry.savedAt}`);
        this.#use({ settings, revision: revisionOf(serialise(settings)) }, { source: 'history', problem });
        return this.#status;
      }
    }
    this.#log.warn('running on the default settings');
    this.#use({ settings: DEFAULT_SETTINGS, revision: revisionOf(serialise(DEFAULT_SETTINGS)) }, { source: 'defaults', problem });
    return this.#status;
  }

  /** A copy of a file we refused, so that a person's hand edits are never lost. */
  async #keepRejected(text: string): Promise<void> {
    const dir = join(this.#dir, 'rejected');
    try {
      await makeDir(dir);
      await writeFileAtomic(join(dir, `settings_${toStamp(new Date())}_${revisionOf(text)}.json`), text);
    } catch (error) {
      this.#storageFailed('the refused settings.json could not be copied to rejected/', error);
    }
  }

  async #pruneHistory(): Promise<void> {
    const stale = (await this.history()).slice(HISTORY_LIMIT);
    await Promise.all(stale.map((e) => rm(join(this.#dir, 'history', `${e.id}.json`), { force: true })));
  }

  #use(snapshot: SettingsSnapshot, status: LoadStatus): void {
    const changed = snapshot.revision !== this.#snapshot.revision || snapshot.settings !== this.#snapshot.settings;
    this.#snapshot = snapshot;
    this.#status = status;
    if (changed) for (const listener of this.#listeners) listener(snapshot);
  }
}

/** Parses and validates a settings document, with one message a person can act on. */
export function parseDocument(text: string): { ok: true; settings: Settings } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const result = readSettingsDocument(json);
  if (result.ok) return result;
  return { ok: false, problem: result.problems.map((p) => `${p.path || 'settings'}: ${p.message}`).join('; ') };
}

/**
 * mkdir -p, with the real cause: Node's recursive mkdir reports ENOENT on a read-only file
 * system, which would tell staff the folder is missing rather than that the disk is read-only.
 */
async function makeDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path).catch((cause: NodeJS.ErrnoException) => {
      throw cause.code === 'EEXIST' ? error : cause;
    });
    throw error;
  }
}

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`;
// <save number>_<time>_<revision>.json; before save numbers, <time>_<revision>.json (number 0).
const HISTORY_NAME = new RegExp(String.raw`^(?:(\d{8})_)?(${STAMP})_([\w-]{16})\.json$`);

interface HistoryName {
  readonly id: string;
  readonly number: number;
  readonly stamp: string;
  readonly revision: string;
}

function parseHistoryName(name: string): HistoryName | undefined {
  const m = HISTORY_NAME.exec(name);
  return m ? { id: name.slice(0, -'.json'.length), number: Number(m[1] ?? 0), stamp: m[2]!, revision: m[3]! } : undefined;
}

// File-name-safe ISO time, sortable: 2026-11-24T10-15-30-123Z.
function toStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}
