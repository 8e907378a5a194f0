// Ends a forgotten journey. Counts from the last touch or key press; after `idleMs` it asks
// "Are you still there?" and counts down whole seconds; at zero it times out. One timer is
// pending at a time, and none at all when the controller is stopped (the display is rotating).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type IdlePhase = 'stopped' | 'watching' | 'prompting';

export interface IdleOptions {
  /** Read at each (re)start, so live settings apply to the next count. */
  readonly idleMs: () => number;
  readonly countdownSeconds: () => number;
  readonly onTimeout: () => void;
  /** Where touches and key presses are heard; the window unless a test gives another. */
  readonly target?: EventTarget;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown'] as const;

export class IdleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: IdleOptions;
  #phase: IdlePhase = 'stopped';
  #secondsLeft = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onActivity = () => {
    // While the prompt shows, only the prompt answers (stay()): closing it on pointerdown would
    // let the same touch's click land on whatever lies beneath, such as Done.
    if (this.#phase === 'watching') this.stay();
  };

  constructor(host: ReactiveControllerHost, options: IdleOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get phase(): IdlePhase {
    return this.#phase;
  }

  /** Whole seconds left on the prompt's countdown. */
  get secondsLeft(): number {
    return this.#secondsLeft;
  }

  /** True while a timer is pending: lets tests prove that a stopped controller costs nothing. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(): void {
    if (this.#phase === 'stopped') {
      const target = this.#target();
      for (const type of ACTIVITY_EVENTS) target.addEventListener(type, this.#onActivity, { capture: true, passive: true });
    }
    this.stay();
  }

  /** The patient is still here: close the prompt and count again from now. */
  stay(): void {
    this.#phase = 'watching';
    this.#wait(this.#options.idleMs(), () => this.#prompt());
  }

  stop(): void {
    this.#clear();
    if (this.#phase === 'stopped') return;
    const target = this.#target();
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, this.#onActivity, { capture: true });
    this.#phase = 'stopped';
    this.#host.requestUpdate();
  }

  #prompt(): void {
    this.#phase = 'prompting';
    this.#secondsLeft = this.#options.countdownSeconds();
    this.#tick();
  }

  #tick(): void {
    this.#host.requestUpdate();
    if (this.#secondsLeft <= 0) {
      this.stop();
      this.#options.onTimeout();
      return;
    }
    this.#wait(1000, () => {
      this.#secondsLeft--;
      this.#tick();
    });
  }

  #wait(ms: number, then: () => void): void {
    this.#clear();
    this.#host.requestUpdate();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      then();
    }, ms);
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #target(): EventTarget {
    return this.#options.target ?? window;
  }
}
