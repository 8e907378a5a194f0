// The settings file and its history. Knows files, not HTTP or Electron.
//
// settings.json is the live document, written atomically; history/ keeps the last
// HISTORY_LIMIT saved versions so staff can restore any of them. A file that is unreadable or
// invalid is never used and never silently lost: it is copied to rejected/ and the kiosk runs on
// the newest valid version in history, or on the defaults.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings, type SettingsProblem } from '../common/settings-schema.ts';
import { readSettingsDocument } from './settings-migration.ts';
import { writeFileAtomic } from './atomic-file.ts';
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

export type SaveResult =
  | { ok: true; snapshot: SettingsSnapshot }
  | { ok: false; reason: 'invalid'; problems: SettingsProblem[] }
  | { ok: false; reason: 'conflict'; current: SettingsSnapshot }
  | { ok: false; reason: 'not-found' };

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
  /** Saves run one at a time so each sees the revision the previous one wrote. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, log: Logger) {
    this.#dir = dir;
    this.#log = log;
    this.#snapshot = { settings: DEFAULT_SETTINGS, revision: revisionOf(serialise(DEFAULT_SETTINGS)) };
  }

  static async open(dir: string, log: Logger): Promise<SettingsStore> {
    const store = new SettingsStore(dir, log);
    await mkdir(join(dir, 'history'), { recursive: true });
    await store.reload();
    return store;
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

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads settings.json again (at start, or after someone edited it by hand). */
  async reload(): Promise<LoadStatus> {
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
  save(input: unknown, basedOn: string | undefined): Promise<SaveResult> {
    const run = this.#queue.then(() => this.#save(input, basedOn));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Saves an older version again as the newest, so a restore is itself in the history. */
  restore(id: string, basedOn: string | undefined): Promise<SaveResult> {
    const run = this.#queue.then(async (): Promise<SaveResult> => {
      const settings = await this.readHistory(id);
      if (!settings) return { ok: false, reason: 'not-found' };
      return this.#save(settings, basedOn);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async history(): Promise<HistoryEntry[]> {
    const names = (await readdir(join(this.#dir, 'history'))).filter((n) => n.endsWith('.json')).sort().reverse();
    return names.map((name) => {
      // The revision (base64url) may itself contain '_': split at the first one only.
      const id = name.slice(0, -'.json'.length);
      const cut = id.indexOf('_');
      const [stamp, revision] = [id.slice(0, cut), id.slice(cut + 1)];
      return { id, savedAt: fromStamp(stamp), revision };
    });
  }

  async readHistory(id: string): Promise<Settings | undefined> {
    if (!/^[0-9TZ-]+_[\w-]+$/.test(id)) return undefined;
    try {
      const parsed = parseDocument(await readFile(join(this.#dir, 'history', `${id}.json`), 'utf8'));
      return parsed.ok ? parsed.settings : undefined;
    } catch {
      return undefined;
    }
  }

  async #save(input: unknown, basedOn: string | undefined): Promise<SaveResult> {
    const result = readSettingsDocument(input);
    if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
    if (basedOn !== undefined && basedOn !== this.#snapshot.revision) {
      return { ok: false, reason: 'conflict', current: this.#snapshot };
    }
    const text = serialise(result.settings);
    const revision = revisionOf(text);
    await writeFileAtomic(join(this.#dir, 'history', `${toStamp(new Date())}_${revision}.json`), text);
    await writeFileAtomic(this.file, text);
    await this.#pruneHistory();
    this.#use({ settings: result.settings, revision }, { source: 'file' });
    return { ok: true, snapshot: this.#snapshot };
  }

  /** A good hand edit joins the history, so that a later bad edit falls back to it, not to an older save. */
  async #remember(text: string, revision: string): Promise<void> {
    if ((await this.history())[0]?.revision === revision) return;
    await writeFileAtomic(join(this.#dir, 'history', `${toStamp(new Date())}_${revision}.json`), text);
    await this.#pruneHistory();
  }

  async #fallBack(problem: string, rejectedText?: string): Promise<LoadStatus> {
    this.#log.error(problem);
    if (rejectedText !== undefined) await this.#keepRejected(rejectedText);
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
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, `settings_${toStamp(new Date())}_${revisionOf(text)}.json`), text);
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

// File-name-safe ISO time, sortable: 2026-11-24T10-15-30-123Z.
function toStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}
