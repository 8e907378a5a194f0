// What a kiosk knows about its own health, for the metrics a group's monitoring scrapes: when it
// started, when its settings last changed, whether the page is up, and why the screen is dark.
import { statfs } from 'node:fs/promises';
import { isOpenAt } from '../../common/schedule.ts';
import type { Settings } from '../../common/settings-schema.ts';
import type { SettingsStore } from '../settings-store.ts';
import type { GroupStatus } from './group-poller.ts';

/** on: showing; off-schedule: dark because the practice is closed; failed: should show but the page is down. */
export type DisplayState = 'on' | 'off-schedule' | 'failed';

export function displayState(settings: Pick<Settings, 'openingHours'>, at: Date, pageDown: boolean): DisplayState {
  if (!isOpenAt(settings.openingHours, at)) return 'off-schedule';
  return pageDown ? 'failed' : 'on';
}

export interface RendererCrash {
  readonly at: number;
  readonly reason: string;
}

export class KioskHealth {
  readonly startedAt: number;
  readonly #now: () => number;
  #settingsChanges = 0;
  #settingsChangedAt: number;
  #lastCrash: RendererCrash | null = null;
  #pageDown = false;

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.startedAt = now();
    this.#settingsChangedAt = this.startedAt;
  }

  /** Counts every change the store announces: staff saves, group updates, hand edits. */
  watch(store: SettingsStore): () => void {
    return store.subscribe(() => {
      this.#settingsChanges += 1;
      this.#settingsChangedAt = this.#now();
    });
  }

  rendererGone(reason: string): void {
    this.#lastCrash = { at: this.#now(), reason };
    this.#pageDown = true;
  }

  pageLoaded(): void {
    this.#pageDown = false;
  }

  get settingsChanges(): number {
    return this.#settingsChanges;
  }

  get settingsChangedAt(): number {
    return this.#settingsChangedAt;
  }

  get lastCrash(): RendererCrash | null {
    return this.#lastCrash;
  }

  get pageDown(): boolean {
    return this.#pageDown;
  }

  now(): number {
    return this.#now();
  }
}

export interface StorageFigures {
  readonly freeBytes: number;
  readonly totalBytes: number;
}

export async function storageFigures(dir: string): Promise<StorageFigures | null> {
  try {
    const s = await statfs(dir);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return null;
  }
}

/** What a host hands the web handler so it can report on the fleet's behalf. */
export interface FleetReport {
  readonly health: KioskHealth;
  group(): GroupStatus;
  storage(): Promise<StorageFigures | null>;
}
