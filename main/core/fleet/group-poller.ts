// Keeps a kiosk on its group's settings: fetches the signed document at the set interval
// (If-None-Match, so an unchanged file costs a 304), verifies and validates it, merges the local
// changes the group allows, and saves through the same SettingsStore as staff do (history,
// atomic write) with an audit line "from group". Anything wrong (no network, a server that hangs
// or resets, a bad signature, a bad document, a withdrawn local change) leaves the last good
// settings in place and says why in status(), which /api/health and the staff screens show.
// Knows no HTTP: the host passes in fetchGroupFile.
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-file.ts';
import { changedSettings, type AuditLog } from '../audit-log.ts';
import type { Logger } from '../logger.ts';
import type { SettingsStore } from '../settings-store.ts';
import { readGroupDocument } from './group-document.ts';
import { mergeGroupSettings, sameValue, type AppliedGroup } from './group-merge.ts';

export type GroupFetchResult = { status: 304 } | { status: 200; etag: string | null; body: string } | { status: number };

/** GET url with If-None-Match when etag is set; throws on network failure or time-out. */
export type FetchGroupFile = (url: string, etag: string | undefined) => Promise<GroupFetchResult>;

export interface GroupStatus {
  /** off: no group set; pending: set, not yet checked; ok: the last check succeeded; failing: see problem. */
  readonly state: 'off' | 'pending' | 'ok' | 'failing';
  readonly url: string | null;
  readonly lastCheckAt: string | null;
  readonly lastSuccessAt: string | null;
  /** When the group signed the document now in force. */
  readonly issuedAt: string | null;
  /** The settings revision the group last wrote, so a reader can tell group from local. */
  readonly appliedRevision: string | null;
  readonly localChanges: readonly string[];
  readonly problem: string | null;
}

interface SavedState {
  readonly url: string;
  readonly etag: string | null;
  readonly envelope: string;
  readonly issuedAt: string;
  readonly applied: AppliedGroup;
  readonly appliedRevision: string | null;
}

export interface GroupPollerOptions {
  readonly store: SettingsStore;
  readonly dataDir: string;
  readonly fetchGroupFile: FetchGroupFile;
  readonly log: Logger;
  readonly audit?: AuditLog;
  readonly now?: () => Date;
}

const OFF: GroupStatus = { state: 'off', url: null, lastCheckAt: null, lastSuccessAt: null, issuedAt: null, appliedRevision: null, localChanges: [], problem: null };

export class GroupPoller {
  readonly #options: GroupPollerOptions;
  readonly #file: string;
  #saved: SavedState | undefined;
  #loaded = false;
  #status: GroupStatus = OFF;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #running: Promise<GroupStatus> | undefined;
  #scheduledFor = '';

  constructor(options: GroupPollerOptions) {
    this.#options = options;
    this.#file = join(options.dataDir, 'group', 'state.json');
  }

  status(): GroupStatus {
    return this.#status;
  }

  /** Checks now, then every group.checkMinutes; follows changes to the group settings. */
  start(): void {
    this.#unsubscribe = this.#options.store.subscribe(() => this.#reschedule());
    this.#reschedule(true);
  }

  stop(): void {
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** One check; concurrent callers share it. */
  checkNow(): Promise<GroupStatus> {
    this.#running ??= this.#check()
      // A disk that refuses the write is one more reason to report, never an unhandled rejection.
      .catch((error: unknown) => this.#fail(this.#options.store.current().settings.group?.url ?? '', `the group settings could not be stored: ${(error as Error).message}`))
      .finally(() => (this.#running = undefined));
    return this.#running;
  }

  #reschedule(force = false): void {
    const group = this.#options.store.current().settings.group;
    const key = group ? `${group.url} ${group.publicKey} ${group.checkMinutes}` : '';
    if (!force && key === this.#scheduledFor) return;
    this.#scheduledFor = key;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!group) {
      this.#status = OFF;
      return;
    }
    if (this.#status.url !== group.url) this.#status = { ...OFF, state: 'pending', url: group.url };
    const loop = () => {
      void this.checkNow().finally(() => {
        if (this.#scheduledFor === key) this.#timer = setTimeout(loop, group.checkMinutes * 60_000);
      });
    };
    loop();
  }

  async #check(): Promise<GroupStatus> {
    const { store, log } = this.#options;
    const group = store.current().settings.group;
    if (!group) return (this.#status = OFF);
    const saved = await this.#load();
    const known = saved?.url === group.url ? saved : undefined;
    const at = this.#now();

    let body: string;
    let etag: string | null;
    try {
      const answer = await this.#options.fetchGroupFile(group.url, known?.etag ?? undefined);
      if (answer.status === 304 && known) [body, etag] = [known.envelope, known.etag];
      else if (answer.status === 200 && 'body' in answer) [body, etag] = [answer.body, answer.etag];
      else return this.#fail(group.url, `the group server answered HTTP ${answer.status}`);
    } catch (error) {
      return this.#fail(group.url, `the group settings could not be fetched: ${(error as Error).message}`);
    }

    const read = readGroupDocument(body, group.publicKey);
    if (!read.ok) return this.#fail(group.url, read.problem);
    const document = read.document;
    // An old signed file served again (a restored backup, or a host that was tampered with)
    // must not roll the kiosks back: the group's newest signature wins.
    if (known && Date.parse(document.issuedAt) < Date.parse(known.issuedAt)) {
      return this.#fail(group.url, `the group file was signed ${document.issuedAt}, before the one in force (${known.issuedAt}): sign it again to use it`);
    }
    const current = store.current();
    const merged = mergeGroupSettings(document, known?.applied, current.settings);
    if (!merged.ok) return this.#fail(group.url, merged.problem);

    let appliedRevision = known?.appliedRevision ?? null;
    if (!sameValue(merged.settings, current.settings)) {
      const result = await store.save(merged.settings, current.revision);
      if (!result.ok) return this.#fail(group.url, result.reason === 'conflict' ? 'someone saved at the same moment; trying again at the next check' : 'the merged settings were refused');
      appliedRevision = result.snapshot.revision;
      const changed = changedSettings(current.settings, merged.settings).join(', ');
      log.info('settings from group', { url: group.url, changed });
      await this.#options.audit?.record('settings-saved', 'kiosk', `from group: ${changed}`);
    }
    const next: SavedState = {
      url: group.url,
      etag,
      envelope: body,
      issuedAt: document.issuedAt,
      applied: { settings: document.settings, localKeys: document.localKeys },
      appliedRevision,
    };
    if (!saved || !sameValue(next, saved)) await this.#store(next);
    this.#status = {
      state: 'ok',
      url: group.url,
      lastCheckAt: at,
      lastSuccessAt: at,
      issuedAt: document.issuedAt,
      appliedRevision,
      localChanges: merged.localChanges,
      problem: null,
    };
    return this.#status;
  }

  #fail(url: string, problem: string): GroupStatus {
    this.#options.log.warn('group settings not applied; keeping the last good settings', { url, problem });
    const before = this.#status.url === url ? this.#status : { ...OFF, url };
    this.#status = { ...before, state: 'failing', url, lastCheckAt: this.#now(), problem };
    return this.#status;
  }

  async #load(): Promise<SavedState | undefined> {
    if (this.#loaded) return this.#saved;
    this.#loaded = true;
    try {
      this.#saved = JSON.parse(await readFile(this.#file, 'utf8')) as SavedState;
    } catch {
      this.#saved = undefined; // first check, or a damaged file: fetch the whole document again
    }
    if (this.#saved) this.#status = { ...OFF, state: 'ok', url: this.#saved.url, issuedAt: this.#saved.issuedAt, appliedRevision: this.#saved.appliedRevision };
    return this.#saved;
  }

  async #store(state: SavedState): Promise<void> {
    this.#saved = state;
    await mkdir(join(this.#options.dataDir, 'group'), { recursive: true });
    await writeFileAtomic(this.#file, `${JSON.stringify(state)}\n`);
  }

  #now(): string {
    return (this.#options.now?.() ?? new Date()).toISOString();
  }
}
