// Shrinks a box's text, within bounds, until it fits: long translations and large practice
// names stay whole at every screen size. It measures only when the text or the box's size
// changes, never on a timer, so a slide at rest costs nothing.
import type { ReactiveController, ReactiveElement } from 'lit';

export const MIN_FIT = 0.55;

/** One box, or several that share one scale (a slide shown in two languages). */
type Boxes = HTMLElement | Iterable<HTMLElement> | null | undefined;
const STEP = 0.05;

export class FitTextController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #boxes: () => Boxes;
  readonly #observer: ResizeObserver;
  #scale = 1;

  /** `boxes` are the elements whose content must not overflow; the host gets `--fit`. */
  constructor(host: ReactiveElement, boxes: () => Boxes) {
    this.#host = host;
    this.#boxes = boxes;
    this.#observer = new ResizeObserver(() => this.refit());
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

  readonly #refit = () => this.refit();

  hostUpdated(): void {
    this.refit();
  }

  get scale(): number {
    return this.#scale;
  }

  refit(): void {
    const found = this.#boxes();
    if (!found) return;
    const boxes = found instanceof HTMLElement ? [found] : [...found];
    if (boxes.length === 0) return;
    this.#set(1);
    while (this.#scale > MIN_FIT && boxes.some(overflows)) this.#set(Math.max(MIN_FIT, this.#scale - STEP));
  }

  #set(scale: number): void {
    this.#scale = Math.round(scale * 100) / 100;
    this.#host.style.setProperty('--fit', String(this.#scale));
  }
}

/**
 * Whether a box's lines do not fit it: wider than the box, or a child's block (its lines, at
 * their line-height) ending below the box's content edge. Line boxes, not glyph extents: fonts
 * such as Noto Sans Arabic declare ascent + descent of 2.1 em, which would count as overflow
 * at any size; their ink is let past the edge by the box's overflow-clip-margin instead.
 */
export function overflows(box: HTMLElement): boolean {
  if (box.scrollWidth > box.clientWidth + 1) return true;
  const style = getComputedStyle(box);
  const end = box.getBoundingClientRect().bottom - parseFloat(style.paddingBlockEnd) - parseFloat(style.borderBlockEndWidth);
  return [...box.children].some((child) => child.getBoundingClientRect().bottom > end + 1);
}
