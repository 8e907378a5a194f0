// One slide: pictogram, headline and one or two sentences, laid out for reading from two
// metres. Landscape puts the pictogram beside the words; portrait puts it above them.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { FitTextController } from './fit-text-controller.ts';

@customElement('kiosk-slide')
export class KioskSlide extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      container-type: size;
      box-sizing: border-box;
      padding: var(--space-6) var(--space-7);
      --fit: 1;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 26%) minmax(0, 1fr);
      align-items: center;
      gap: var(--space-7);
      min-height: 0;
    }
    .pictogram {
      justify-self: center;
      display: grid;
      place-items: center;
      inline-size: min(100%, 62cqb);
      aspect-ratio: 1;
      border-radius: 50%;
      background: var(--colour-brand);
      color: var(--colour-on-brand);
    }
    .pictogram svg {
      inline-size: 56%;
      block-size: 56%;
      stroke-width: 1.75;
    }
    .text {
      min-block-size: 0;
      max-block-size: 100cqb;
      overflow: hidden;
    }
    p.label {
      margin: 0 0 0.3em;
      color: var(--colour-text-secondary);
      font-weight: var(--font-weight-bold);
      font-size: calc(var(--fit) * clamp(18px, min(2cqi, 4.5cqb), 40px));
      text-transform: uppercase;
      letter-spacing: 0.04em;
      max-inline-size: none;
    }
    h2 {
      margin: 0 0 0.45em;
      color: var(--colour-brand);
      font-weight: var(--font-weight-bold);
      font-size: calc(var(--fit) * clamp(28px, min(4.4cqi, 10cqb), 112px));
      line-height: 1.15;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    p {
      margin: 0;
      font-size: calc(var(--fit) * clamp(20px, min(2.7cqi, 6cqb), 64px));
      line-height: 1.4;
      max-inline-size: 34em;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    @container (aspect-ratio < 1) {
      .layout {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: var(--space-6);
        text-align: center;
      }
      .text {
        flex: 0 1 auto;
      }
      .pictogram {
        flex: none;
        inline-size: min(40cqi, 28cqb);
      }
      h2 {
        font-size: calc(var(--fit) * clamp(28px, min(7.6cqi, 6cqb), 112px));
      }
      p {
        font-size: calc(var(--fit) * clamp(20px, min(4.6cqi, 3.7cqb), 64px));
        margin-inline: auto;
      }
      p.label {
        font-size: calc(var(--fit) * clamp(18px, min(3.2cqi, 2.6cqb), 40px));
      }
    }
  `;

  @property() label = '';
  @property() headline = '';
  @property() body = '';
  /** Trusted SVG markup from the bundled pictogram set, never from settings. */
  @property({ attribute: false }) pictogram = '';

  readonly #fit = new FitTextController(this, () => this.renderRoot.querySelector<HTMLElement>('.text'));

  override render() {
    return html`<div class="layout">
      <div class="pictogram" aria-hidden="true">${unsafeSVG(this.pictogram)}</div>
      <div class="text">
        ${this.label ? html`<p class="label">${this.label}</p>` : nothing}
        <h2>${this.headline}</h2>
        <p>${this.body}</p>
      </div>
    </div>`;
  }

  /** For tests and benchmarks: how far the text had to shrink to fit. */
  get fitScale(): number {
    return this.#fit.scale;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-slide': KioskSlide;
  }
}
