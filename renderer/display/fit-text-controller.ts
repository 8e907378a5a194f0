// Shrinks a box's text, within bounds, until it fits: long translations and large practice
// names stay whole at every screen size. It measures only when the text or the box's size
// changes, never on a timer, so a slide at rest costs nothing. A box that is not rendered
// (a hidden slide, skipped by content-visibility) cannot be measured: it is fitted when shown,
// once per text and size, with a binary search over the steps (each try is a layout).
import type { ReactiveController, ReactiveElement } from 'lit';
import { linesOverflow, measureLines } from './line-overflow.ts';

export const MIN_FIT = 0.55;

/** One box, or several that share one scale (a slide shown in two languages). */
type Boxes = HTMLElement | Iterable<HTMLElement> | null | undefined;
const STEP = 0.05;
/** 1, 0.95, ... MIN_FIT. */
const STEPS = Array.from({ length: Math.round((1 - MIN_FIT) / STEP) + 1 }, (_, i) => Math.round((1 - i * STEP) * 100) / 100);

export class FitTextController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #boxes: () => Boxes;
  readonly #observer: ResizeObserver;
  readonly #contentKey: () => string;
  #scale = 1;
  /** What the current scale was measured for: host size and content. */
  #fitted = '';

  /**
   * `boxes` are the elements whose content must not overflow; the host gets `--fit`.
   * `contentKey` names what is in them, so an update that changes nothing there (a slide
   * becoming active again) does not measure again.
   */
  constructor(host: ReactiveElement, boxes: () => Boxes, contentKey: () => string = () => String(Math.random())) {
    this.#host = host;
    this.#boxes = boxes;
    this.#contentKey = contentKey;
    this.#observer = new ResizeObserver(() => this.refit(true));
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
    // A script's font arrives after its text is first laid out (font-display: swap), with other
    // metrics than the fallback's: measure again once it has.
    document.fonts.addEventListener('loadingdone', this.#refit);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    document.fonts.removeEventListener('loadingdone', this.#refit);
  }

  readonly #refit = () => this.refit(true);

  hostUpdated(): void {
    this.refit();
  }

  get scale(): number {
    return this.#scale;
  }

  /** Fits again if the content or size changed since the last fit (or always, with `force`). */
  refit(force = false): void {
    const found = this.#boxes();
    if (!found) return;
    const boxes = found instanceof HTMLElement ? [found] : [...found];
    if (boxes.length === 0 || !boxes[0]!.checkVisibility()) return;
    const key = `${this.#host.clientWidth}x${this.#host.clientHeight} ${this.#contentKey()}`;
    if (!force && key === this.#fitted) return;
    this.#fitted = key;
    this.#set(1);
    if (!boxes.some(overflows)) return;
    // The largest step that fits; MIN_FIT if none does.
    let fits = STEPS.length - 1;
    let low = 1;
    let high = STEPS.length - 2;
    while (low <= high) {
      const middle = (low + high) >> 1;
      this.#set(STEPS[middle]!);
      if (boxes.some(overflows)) low = middle + 1;
      else {
        fits = middle;
        high = middle - 1;
      }
    }
    this.#set(STEPS[fits]!);
  }

  #set(scale: number): void {
    this.#scale = Math.round(scale * 100) / 100;
    this.#host.style.setProperty('--fit', String(this.#scale));
  }
}

/** Whether a box's lines do not fit it (the one definition: line-overflow.ts). */
export function overflows(box: HTMLElement): boolean {
  return linesOverflow(measureLines(box));
}
