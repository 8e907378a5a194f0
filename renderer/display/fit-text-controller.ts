// Shrinks a box's text, within bounds, until it fits: long translations and large practice
// names stay whole at every screen size. It measures only when the text or the box's size
// changes, never on a timer, so a slide at rest costs nothing.
import type { ReactiveController, ReactiveElement } from 'lit';

export const MIN_FIT = 0.55;
const STEP = 0.05;

export class FitTextController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #box: () => HTMLElement | null | undefined;
  readonly #observer: ResizeObserver;
  #scale = 1;

  /** `box` is the element whose content must not overflow; the host gets `--fit`. */
  constructor(host: ReactiveElement, box: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#box = box;
    this.#observer = new ResizeObserver(() => this.refit());
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdated(): void {
    this.refit();
  }

  get scale(): number {
    return this.#scale;
  }

  refit(): void {
    const box = this.#box();
    if (!box) return;
    this.#set(1);
    while (this.#scale > MIN_FIT && overflows(box)) this.#set(Math.max(MIN_FIT, this.#scale - STEP));
  }

  #set(scale: number): void {
    this.#scale = Math.round(scale * 100) / 100;
    this.#host.style.setProperty('--fit', String(this.#scale));
  }
}

export function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}
