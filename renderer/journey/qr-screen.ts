// One QR screen (review, complaint or contact): the code large enough to scan from 30 to 50 cm,
// its address written under it, what happens next, any further facts, and a big Done.
// Landscape sets the code beside the words; portrait stacks them with Done at the bottom,
// within reach of a wheelchair user. Text shrinks, within bounds, to fit: nothing scrolls.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { CircleCheck } from 'lucide-static';
import { FitTextController } from '../display/fit-text-controller.ts';
import { isHttpsUrl } from '../../main/common/https-url.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import type { QrScreenContent } from './qr-screen-content.ts';
import { shortAddress } from './short-address.ts';
import './qr-code.ts';
import { sendEvent } from '../app/send-event.ts';

@customElement('qr-screen')
export class QrScreen extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: grid;
        container-type: size;
      }
      .layout {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        grid-template-rows: auto minmax(0, 1fr) auto;
        grid-template-areas: 'code heading' 'code text' 'code done';
        gap: var(--space-4) var(--space-7);
        min-block-size: 0;
      }
      .layout.no-code {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'heading' 'text' 'done';
      }
      h2 {
        grid-area: heading;
      }
      figure {
        grid-area: code;
        align-self: center;
        display: grid;
        justify-items: center;
        gap: var(--space-2);
        inline-size: min(var(--qr-share, 46cqi), calc(100cqb - 3.5em));
        margin: 0;
      }
      /* Many facts to read (a complaint): the code gives up some room, staying easy to scan. */
      :host([dense]) figure {
        inline-size: min(var(--qr-share-dense, 34cqi), calc(100cqb - 3.5em));
      }
      qr-code {
        inline-size: 100%;
        outline: 2px solid var(--nhs-pale-grey);
      }
      figcaption {
        font-size: clamp(18px, 2.2vmin, 32px);
        font-weight: var(--font-weight-bold);
        text-align: center;
        overflow-wrap: break-word;
        unicode-bidi: isolate;
      }
      .text {
        grid-area: text;
        display: flex;
        flex-direction: column;
        gap: 0.6em;
        min-block-size: 0;
        /* A last resort (fit-text shrinks first), as on the slides: clip, but let tall scripts'
           marks and descenders paint past the edge (Nastaliq's ink reaches below its lines). */
        overflow: clip;
        overflow-clip-margin: var(--space-5);
      }
      .lead {
        font-weight: var(--font-weight-bold);
      }
      .note,
      dl {
        font-size: calc(var(--fit, 1) * var(--text-scale, 1) * clamp(18px, 2.2vmin, 34px));
      }
      .text p {
        font-size: calc(var(--fit, 1) * var(--text-scale, 1) * clamp(20px, 2.6vmin, 40px));
      }
      .text p.note {
        font-size: calc(var(--fit, 1) * var(--text-scale, 1) * clamp(18px, 2.2vmin, 34px));
        color: var(--colour-text-secondary);
      }
      h3 {
        margin: 0;
        font-size: calc(var(--fit, 1) * var(--text-scale, 1) * clamp(20px, 2.6vmin, 40px));
      }
      dl {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0.2em 0.8em;
        margin: 0;
      }
      dt {
        font-weight: var(--font-weight-bold);
      }
      dd {
        margin: 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .done {
        grid-area: done;
        justify-self: start;
        min-inline-size: min(100%, 12em);
      }
      @container (aspect-ratio < 1) {
        .layout,
        .layout.no-code {
          display: flex;
          flex-direction: column;
          gap: var(--space-4);
        }
        figure {
          align-self: center;
          inline-size: min(72cqi, 42cqb);
        }
        .text {
          flex: 1 1 0;
        }
        .done {
          align-self: stretch;
        }
      }
    `,
  ];

  @property({ attribute: false }) content: QrScreenContent | undefined;
  @property({ type: Boolean, reflect: true }) dense = false;

  readonly #i18n = new I18nController(this);
  readonly #fit = new FitTextController(this, () => this.renderRoot.querySelector<HTMLElement>('.text'));

  override willUpdate(): void {
    this.dense = Boolean(this.content && (this.content.details.length > 0 || this.content.paragraphs.length > 2));
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const t = this.#i18n.t.bind(this.#i18n);
    // Checked again here, not only by the settings: a bad address must never become a code.
    const url = content.url && isHttpsUrl(content.url) ? content.url : undefined;
    return html`<div class="layout ${url ? '' : 'no-code'}">
      <h2 tabindex="-1">${content.heading}</h2>
      ${url
        ? html`<figure>
            <qr-code .url=${url} .label=${shortAddress(url)}></qr-code>
            <figcaption dir="ltr">${breakable(shortAddress(url))}</figcaption>
          </figure>`
        : nothing}
      <div class="text">
        <p class="lead">${content.lead}</p>
        ${content.paragraphs.map((text) => html`<p>${text}</p>`)}
        ${content.details.length
          ? html`<h3>${content.detailsHeading}</h3>
              <dl>
                ${content.details.map((d) => html`<dt>${d.label}</dt><dd dir=${d.ltr ? 'ltr' : 'auto'}>${d.value}</dd>`)}
              </dl>`
          : nothing}
        ${url ? html`<p class="note">${t('qr.private')}</p>` : nothing}
      </div>
      <button class="done" @click=${this.#done}>${unsafeSVG(CircleCheck)}${t('qr.done')}</button>
    </div>`;
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** For tests: how far the text had to shrink to fit. */
  get fitScale(): number {
    return this.#fit.scale;
  }

  #done(): void {
    sendEvent(this, 'journey-done');
  }
}

/** Lets a long address wrap after a slash, ? or &, where a reader expects it, not mid-word. */
function breakable(address: string) {
  return address.split(/(?<=[/?&])/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`));
}

declare global {
  interface HTMLElementTagNameMap {
    'qr-screen': QrScreen;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The patient is done with the code: end the journey. */
    'journey-done': CustomEvent<undefined>;
  }
}
