// The rotating display. Every slide stays in the DOM and only the `active` one is visible, so
// a day of rotation creates no nodes: each transition flips two attributes and CSS fades them.
// Between transitions one timer is pending and nothing else runs.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageStyles } from '../i18n/language-styles.ts';
import { SlideRotation } from './slide-rotation.ts';
import type { SlideContent } from './slide-content.ts';
import './kiosk-slide.ts';
import './progress-dots.ts';
import { sendEvent } from '../app/send-event.ts';

@customElement('slide-show')
export class SlideShow extends LitElement {
  static override styles = [
    languageStyles,
    css`
    :host {
      display: grid;
      grid-template-rows: minmax(0, 1fr) auto;
      min-block-size: 0;
    }
    .stage {
      display: grid;
      min-block-size: 0;
    }
    /* The incoming slide fades in over the outgoing one, which stays put beneath it: only
       opacity moves, so the compositor runs the fade by itself. Every other slide is skipped
       by layout and paint (content-visibility), so a transition restyles two slides, not ten.
       Hidden slides are out of the accessibility tree (aria-hidden) and out of reach.
       The two slides on screen keep their own compositor layers (will-change) from fade-in to
       hidden: without it each was rasterised again when its fade began and again when it
       ended (bench trace: 260 raster tasks in 36 s, 84 with it; the baseline page has 95). */
    kiosk-slide {
      grid-area: 1 / 1;
      background: var(--colour-page);
      opacity: 0;
      pointer-events: none;
      content-visibility: hidden;
    }
    kiosk-slide[previous],
    kiosk-slide[active] {
      opacity: 1;
      content-visibility: visible;
      will-change: opacity;
    }
    kiosk-slide[active] {
      z-index: 1;
      pointer-events: auto;
      transition: opacity var(--fade-duration) ease-in-out;
    }
    :host([cut]) kiosk-slide {
      transition: none;
    }
    progress-dots {
      justify-content: center;
      padding-block: var(--space-3);
    }
  `,
  ];

  @property({ attribute: false }) slides: readonly SlideContent[] = [];
  @property({ type: Number }) dwellMs = 12_000;
  /** Cuts instead of fades (settings, or prefers-reduced-motion via --fade-duration). */
  @property({ type: Boolean, reflect: true }) cut = false;
  /** Holds the current slide, e.g. while a patient uses the screen. */
  @property({ type: Boolean }) paused = false;
  @property({ attribute: false }) progressLabel: (current: number, total: number) => string = (c, t) => `${c} / ${t}`;

  readonly #rotation = new SlideRotation<string>([]);
  #timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The slide that was on screen before this one, as it was then: it stays beneath the fade.
   * A new language pass replaces every slide's text at the moment the rotation wraps; the
   * outgoing slide keeps its own while it fades.
   */
  #previous: SlideContent | undefined;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    let keysChanged = false;
    if (changed.has('slides')) {
      const keys = this.slides.map((s) => s.key);
      keysChanged = keys.length !== this.#rotation.keys.length || keys.some((k, i) => k !== this.#rotation.keys[i]);
      if (keysChanged) this.#rotation.replace(keys);
    }
    // A re-render with the same slides (new text, a language switch) keeps the running timer:
    // restarting it on every render would starve the rotation of a busy page.
    if (keysChanged || changed.has('dwellMs') || changed.has('paused')) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.paused || this.slides.length < 2 || !this.isConnected) return;
    this.#timer = setTimeout(() => {
      this.#previous = this.slides.find((slide) => slide.key === this.#rotation.current);
      this.#rotation.advance();
      this.requestUpdate();
      sendEvent(this, 'slide-change', { key: this.#rotation.current });
      this.#schedule();
    }, this.dwellMs);
  }

  override updated(): void {
    // Lets tests and the benchmark see which slide is on screen without reading pixels.
    this.dataset.currentSlide = this.#rotation.current ?? '';
  }

  override render() {
    const current = this.#rotation.current;
    return html`<div class="stage">
        ${repeat(
          this.slides,
          (slide) => slide.key,
          (next) => {
            const isPrevious = next.key === this.#previous?.key && next.key !== current;
            const slide = isPrevious ? this.#previous! : next;
            return html`<kiosk-slide
              data-slide=${slide.key}
              lang=${ifDefined(slide.lang)}
              dir=${ifDefined(slide.dir)}
              ?active=${slide.key === current}
              ?previous=${isPrevious}
              aria-hidden=${slide.key === current ? 'false' : 'true'}
              .label=${slide.label ?? ''}
              .headline=${slide.headline}
              .body=${slide.body}
              .pictogram=${slide.pictogram}
              .languageName=${slide.languageName ?? ''}
              .beside=${slide.beside}
              .note=${slide.note ?? ''}
            ></kiosk-slide>`;
          },
        )}
      </div>
      <progress-dots
        .count=${this.slides.length}
        .current=${this.#rotation.index}
        .label=${this.progressLabel(this.#rotation.index + 1, this.slides.length)}
      ></progress-dots>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-show': SlideShow;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The rotation moved on: the key of the slide now on screen. */
    'slide-change': CustomEvent<{ key: string | undefined }>;
  }
}
