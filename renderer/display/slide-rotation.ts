// Which slide is on screen, and which comes next. Pure: the slide show owns the timer, this
// owns the order, so the sequencing is tested without a browser or a clock.

export class SlideRotation<K extends string = string> {
  #keys: readonly K[];
  #index = 0;

  constructor(keys: readonly K[]) {
    this.#keys = [...keys];
  }

  get keys(): readonly K[] {
    return this.#keys;
  }

  get current(): K | undefined {
    return this.#keys[this.#index];
  }

  get index(): number {
    return this.#index;
  }

  /** Moves to the next slide, back to the first after the last. Returns the new slide. */
  advance(): K | undefined {
    if (this.#keys.length > 0) this.#index = (this.#index + 1) % this.#keys.length;
    return this.current;
  }

  /** Moves to the previous slide, to the last from the first. */
  retreat(): K | undefined {
    if (this.#keys.length > 0) this.#index = (this.#index - 1 + this.#keys.length) % this.#keys.length;
    return this.current;
  }

  /**
   * Takes a new list (settings changed). The slide on screen stays if it is still in the list;
   * if it was removed, the next surviving slide from the old order takes its place, so the
   * cycle carries on instead of jumping back to the start.
   */
  replace(keys: readonly K[]): void {
    const old = this.#keys;
    const oldIndex = this.#index;
    this.#keys = [...keys];
    if (this.#keys.length === 0) {
      this.#index = 0;
      return;
    }
    for (let step = 0; step < old.length; step++) {
      const candidate = old[(oldIndex + step) % old.length];
      const found = candidate === undefined ? -1 : this.#keys.indexOf(candidate);
      if (found >= 0) {
        this.#index = found;
        return;
      }
    }
    this.#index = 0;
  }
}
