// Keeps "now" for the opening hours and live notices, re-checking exactly when the schedule
// says the answer may change: one timer, no polling. New settings (a new object from the
// settings source) re-arm it before the host renders.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextScheduleChange } from '../../main/common/schedule.ts';
import type { Settings } from '../../main/common/settings-schema.ts';

type Schedule = Pick<Settings, 'openingHours' | 'notices'>;

export class ScheduleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #settings: () => Schedule | undefined;
  #schedule: Schedule | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #now = new Date();

  constructor(host: ReactiveControllerHost, settings: () => Schedule | undefined) {
    this.#host = host;
    this.#settings = settings;
    host.addController(this);
  }

  /** The moment the display was last checked against the schedule. */
  get now(): Date {
    return this.#now;
  }

  hostUpdate(): void {
    const schedule = this.#settings();
    if (schedule === this.#schedule) return;
    this.#schedule = schedule;
    this.#now = new Date();
    this.#arm();
  }

  hostConnected(): void {
    this.#arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(): void {
    clearTimeout(this.#timer);
    if (!this.#schedule) return;
    const next = nextScheduleChange(this.#schedule, new Date());
    this.#timer = setTimeout(() => {
      this.#now = new Date();
      this.#host.requestUpdate();
      this.#arm();
    }, Math.max(0, next.getTime() - Date.now()));
  }
}
