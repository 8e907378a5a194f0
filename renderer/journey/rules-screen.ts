// The code of conduct, stepped through by hand: the display's own slides, one at a time, with
// Previous and Next (no swipe). Stops at either end rather than wrapping, so the position
// "3 of 10" always means what it says.
import { LitElement, css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ChevronLeft, ChevronRight } from 'lucide-static';
import { I18nController } from '../i18n/i18n-controller.ts';
import type { SlideContent } from '../display/slide-content.ts';
import { journeyStyles } from './journey-styles.ts';
import '../display/kiosk-slide.ts';

@customElement('rules-screen')
export class RulesScreen extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto;
        gap: var(--space-3);
      }
      kiosk-slide {
        min-block-size: 0;
        padding: 0;
      }
      .steps {
        display: grid;
        grid-template-columns: 1fr auto 1fr;
        align-items: center;
        gap: var(--journey-gap);
      }
      .steps button:last-child {
        justify-self: end;
      }
      .position {
        font-size: calc(var(--text-scale, 1) * clamp(20px, 2.6vmin, 40px));
        font-weight: var(--font-weight-bold);
        text-align: center;
      }
      button:disabled {
        visibility: hidden;
      }
    `,
  ];

  @property({ attribute: false }) slides: readonly SlideContent[] = [];
  @state() private index = 0;

  readonly #i18n = new I18nController(this);

  override willUpdate(): void {
    this.index = Math.min(this.index, Math.max(0, this.slides.length - 1));
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const slide = this.slides[this.index];
    const last = this.slides.length - 1;
    return html`<h2 tabindex="-1">${t('rules.title')}</h2>
      ${slide
        ? html`<kiosk-slide
            data-slide=${slide.key}
            lang=${ifDefined(slide.lang)}
            dir=${ifDefined(slide.dir)}
            .headline=${slide.headline}
            .body=${slide.body}
            .pictogram=${slide.pictogram}
            .languageName=${slide.languageName ?? ''}
            .note=${slide.note ?? ''}
          ></kiosk-slide>`
        : html`<div></div>`}
      <div class="steps">
        <button class="secondary directional" data-step="previous" ?disabled=${this.index === 0} @click=${() => this.#step(-1)}>
          ${unsafeSVG(ChevronLeft)}${t('rules.previous')}
        </button>
        <span class="position" aria-live="polite">${t('rules.position', { current: this.index + 1, total: this.slides.length })}</span>
        <button class="secondary directional" data-step="next" ?disabled=${this.index >= last} @click=${() => this.#step(1)}>
          ${t('rules.next')}${unsafeSVG(ChevronRight)}
        </button>
      </div>`;
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  async #step(by: number): Promise<void> {
    const wasFocused = this.shadowRoot?.activeElement;
    this.index = Math.min(Math.max(0, this.index + by), this.slides.length - 1);
    await this.updateComplete;
    // At either end the pressed button hides: keep keyboard focus on the one still there.
    if (wasFocused instanceof HTMLButtonElement && wasFocused.disabled) {
      this.renderRoot.querySelector<HTMLButtonElement>('.steps button:not([disabled])')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rules-screen': RulesScreen;
  }
}
