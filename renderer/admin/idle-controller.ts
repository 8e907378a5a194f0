// Calls back after a stretch with no touch, click or key anywhere in the host, so an admin
// screen left open in the waiting room closes itself. One pending timer, reset on activity.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

export class IdleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #ms: number;
  readonly #onIdle: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #reset = () => this.reset();

  constructor(host: ReactiveControllerHost & HTMLElement, ms: number, onIdle: () => void) {
    this.#host = host;
    this.#ms = ms;
    this.#onIdle = onIdle;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#reset, { capture: true, passive: true });
    this.reset();
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#reset, { capture: true });
    clearTimeout(this.#timer);
  }

  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#onIdle, this.#ms);
  }
}
