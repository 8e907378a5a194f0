// A live preview of one slide as patients see it: the real kiosk-slide, laid out at the real
// screen size (landscape 1920x1080 and portrait 1080x1920) and scaled down (sizes in the stylesheet: the CSP refuses style attributes), so its fit-text
// controller measures exactly as on the kiosk. Says when the text still overflows at the
// smallest size it may shrink to, and sends `fit-change` so saving can be blocked.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adminBase } from './admin-styles.ts';
import { languageStyles } from '../i18n/language-styles.ts';
import { TEXT } from './admin-text.ts';
import { MIN_FIT, overflows } from '../display/fit-text-controller.ts';
import type { KioskSlide } from '../display/kiosk-slide.ts';
import '../display/kiosk-slide.ts';

// Sizes live in the stylesheet, not in style attributes, which the page's CSP refuses.
const FRAMES = [{ name: 'landscape' }, { name: 'portrait' }] as const;

export interface FitChange {
  readonly key: string;
  readonly overflows: boolean;
}

/** True when the slide's text overflows even at the smallest size it may shrink to. */
export function slideOverflows(slide: KioskSlide): boolean {
  const box = slide.shadowRoot?.querySelector<HTMLElement>('.text');
  return !!box && slide.fitScale <= MIN_FIT && overflows(box);
}

@customElement('slide-preview')
export class SlidePreview extends LitElement {
  static override styles = [
    adminBase,
    // The slide takes its script's font and line height, as on the display, so it measures the same.
    languageStyles,
    css`
      :host {
        display: block;
      }
      .frames {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-3);
        align-items: flex-start;
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-size: 16px;
        color: var(--colour-text-secondary);
      }
      .window {
        overflow: hidden;
        border: 2px solid var(--nhs-mid-grey);
        background: var(--colour-page);
      }
      .landscape {
        inline-size: calc(1920px * 0.25);
        block-size: calc(1080px * 0.25);
      }
      .landscape .screen {
        inline-size: 1920px;
        block-size: 1080px;
        transform: scale(0.25);
      }
      .portrait {
        inline-size: calc(1080px * 0.18);
        block-size: calc(1920px * 0.18);
      }
      .portrait .screen {
        inline-size: 1080px;
        block-size: 1920px;
        transform: scale(0.18);
      }
      .screen {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) 50px;
        transform-origin: 0 0;
        background: var(--colour-page);
        font-size: 16px;
      }
      .screen header {
        padding: var(--space-4) var(--space-7);
        background: var(--colour-brand);
        color: var(--colour-on-brand);
        font-size: 43px;
        font-weight: var(--font-weight-bold);
        overflow-wrap: anywhere;
      }
      .screen kiosk-slide {
        min-block-size: 0;
      }
      .warning {
        margin-block-start: var(--space-2);
      }
    `,
  ];

  /** Names this preview in `fit-change`, e.g. "practice" or "notice:flu". */
  @property() key = '';
  @property() practiceName = '';
  /** The small line above the headline, e.g. "Practice notice". */
  @property() label = '';
  @property() headline = '';
  @property() body = '';
  @property({ attribute: false }) pictogram = '';
  /** The language the slide's words are in (a notice's translation); English when unset. */
  @property() slideLang?: string;
  @property() slideDir?: 'ltr' | 'rtl';
  @state() private overflowing = false;

  override async updated(): Promise<void> {
    await document.fonts.ready;
    const slides = [...this.renderRoot.querySelectorAll('kiosk-slide')];
    await Promise.all(slides.map((s) => s.updateComplete));
    const overflowing = slides.some(slideOverflows);
    if (overflowing !== this.overflowing) {
      this.overflowing = overflowing;
      this.dispatchEvent(new CustomEvent<FitChange>('fit-change', { detail: { key: this.key, overflows: overflowing }, bubbles: true, composed: true }));
    }
  }

  /** Resolves once the previews have measured the current text. */
  async measured(): Promise<boolean> {
    await this.updateComplete;
    await this.updated();
    return this.overflowing;
  }

  override render() {
    return html`<div class="frames" role="group" aria-label=${TEXT.home.preview}>
        ${FRAMES.map(
          (f) =>
            html`<figure>
              <div class="window ${f.name}">
                <div class="screen" aria-hidden="true">
                  <header>${this.practiceName}</header>
                  <kiosk-slide active lang=${ifDefined(this.slideLang)} dir=${ifDefined(this.slideDir)} .label=${this.label} .headline=${this.headline} .body=${this.body} .pictogram=${this.pictogram}></kiosk-slide>
                </div>
              </div>
              <figcaption>${f.name === 'landscape' ? TEXT.home.landscape : TEXT.home.portrait}</figcaption>
            </figure>`,
        )}
      </div>
      ${this.overflowing ? html`<p class="error warning" role="alert">${TEXT.home.previewTooLong}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-preview': SlidePreview;
  }
}
