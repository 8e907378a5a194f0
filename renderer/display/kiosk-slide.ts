// One slide: pictogram, headline and one or two sentences, laid out for reading from two
// metres. Landscape puts the pictogram beside the words; portrait puts it above them. In the
// paired modes the words come twice, each block marked with its own language and direction.
// Layout uses logical properties only, so right-to-left text mirrors it by itself.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { FitTextController } from './fit-text-controller.ts';
import { languageStyles } from '../i18n/language-styles.ts';
import type { SlideText } from './slide-content.ts';

@customElement('kiosk-slide')
export class KioskSlide extends LitElement {
  static override styles = [
    languageStyles,
    css`
      :host {
        display: grid;
        container-type: size;
        box-sizing: border-box;
        padding-block: var(--space-6);
        padding-inline: var(--space-7);
        --fit: 1;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 26%) minmax(0, 1fr);
        align-items: center;
        gap: var(--space-7);
        min-block-size: 0;
      }
      :host([paired]) .layout {
        grid-template-columns: minmax(0, 16%) minmax(0, 1fr);
        gap: var(--space-6);
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
      .texts {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
        gap: var(--space-6);
        align-items: center;
        min-block-size: 0;
        max-block-size: 100cqb;
      }
      .text {
        min-block-size: 0;
        max-block-size: 100cqb;
        /* A last resort (fit-text shrinks first). Clip, but let tall scripts' marks and
           descenders paint past the edge: their fonts' ink reaches beyond the line boxes. */
        overflow: clip;
        overflow-clip-margin: var(--space-5);
      }
      /* The rule between the pair sits on the first block's far side: that block follows the
         slide's direction, while the second may run the other way (English beside Arabic). */
      :host([paired]) .text:first-child {
        padding-inline-end: var(--space-6);
        border-inline-end: 4px solid var(--colour-surface);
      }
      .language {
        display: block;
        margin-block: 0 0.5em;
        color: var(--colour-text-secondary);
        font-weight: var(--font-weight-bold);
        font-size: calc(var(--fit) * clamp(18px, min(1.6cqi, 3.4cqb), 36px));
        line-height: calc(1.2 * var(--leading, 1));
      }
      p.label {
        margin-block: 0 0.3em;
        color: var(--colour-text-secondary);
        font-weight: var(--font-weight-bold);
        font-size: calc(var(--fit) * clamp(18px, min(2cqi, 4.5cqb), 40px));
        line-height: calc(1.2 * var(--leading, 1));
        text-transform: uppercase;
        letter-spacing: 0.04em;
        max-inline-size: none;
      }
      h2 {
        margin-block: 0 0.45em;
        margin-inline: 0;
        color: var(--colour-brand);
        font-weight: var(--font-weight-bold);
        font-size: calc(var(--fit) * clamp(28px, min(4.4cqi, 10cqb), 112px));
        line-height: calc(1.15 * var(--leading, 1));
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      p {
        margin: 0;
        font-size: calc(var(--fit) * clamp(20px, min(2.7cqi, 6cqb), 64px));
        line-height: calc(1.4 * var(--leading, 1));
        max-inline-size: 34em;
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      :host([paired]) h2 {
        font-size: calc(var(--fit) * clamp(24px, min(2.9cqi, 8cqb), 80px));
      }
      :host([paired]) p {
        font-size: calc(var(--fit) * clamp(18px, min(1.9cqi, 5cqb), 48px));
      }
      /* The laws' names under the law slide: small, secondary, English. */
      .note {
        display: block;
        margin-block-start: var(--space-3);
        font-size: calc(var(--fit) * clamp(16px, min(2.8cqi, 2.6cqb), 40px));
        color: var(--colour-text-secondary);
      }
      @container (aspect-ratio < 1) {
        .layout,
        :host([paired]) .layout {
          display: flex;
          flex-direction: column;
          justify-content: center;
          gap: var(--space-6);
          text-align: center;
        }
        .texts {
          grid-auto-flow: row;
          flex: 0 1 auto;
        }
        :host([paired]) .text:first-child {
          padding-inline-end: 0;
          border-inline-end: none;
          padding-block-end: var(--space-5);
          border-block-end: 4px solid var(--colour-surface);
        }
        .language {
          font-size: calc(var(--fit) * clamp(20px, min(2.6cqi, 2cqb), 40px));
        }
        p.label {
          font-size: calc(var(--fit) * clamp(18px, min(3.2cqi, 2.6cqb), 40px));
        }
        .pictogram {
          flex: none;
          inline-size: min(40cqi, 28cqb);
        }
        :host([paired]) .pictogram {
          inline-size: min(24cqi, 14cqb);
        }
        h2 {
          font-size: calc(var(--fit) * clamp(28px, min(7.6cqi, 6cqb), 112px));
        }
        p {
          font-size: calc(var(--fit) * clamp(20px, min(4.6cqi, 3.7cqb), 64px));
          margin-inline: auto;
        }
        :host([paired]) h2 {
          font-size: calc(var(--fit) * clamp(24px, min(6cqi, 4cqb), 96px));
        }
        :host([paired]) p {
          font-size: calc(var(--fit) * clamp(18px, min(3.8cqi, 2.6cqb), 56px));
        }
      }
    `,
  ];

  @property() headline = '';
  @property() body = '';
  /** Trusted SVG markup from the bundled pictogram set, never from settings. */
  @property({ attribute: false }) pictogram = '';
  /** A small line above the headline, e.g. "Practice notice". */
  @property() label = '';
  /** The endonym of the headline's language, shown small above it when set. */
  @property() languageName = '';
  /** A smaller line under the words, in English: the laws' official names on the law slide. */
  @property() note = '';
  /** The same words in a second language, shown beside (landscape) or below (portrait). */
  @property({ attribute: false }) beside: SlideText | undefined;
  /**
   * Set by the slide show. Hidden slides are skipped by layout (content-visibility), so their
   * text cannot be measured; becoming active updates the slide, and the update refits it.
   */
  @property({ type: Boolean, reflect: true }) active = false;
  /** Reflected so the paired layout's styles apply. */
  @property({ type: Boolean, reflect: true }) paired = false;

  readonly #fit = new FitTextController(
    this,
    () => this.renderRoot.querySelectorAll<HTMLElement>('.text'),
    () => [this.lang, this.languageName, this.label, this.headline, this.body, this.beside?.lang, this.beside?.headline, this.beside?.body, this.note].join('\u0000'),
  );

  override willUpdate(): void {
    this.paired = this.beside !== undefined;
  }

  override render() {
    const beside = this.beside;
    // The first block takes its language from the slide itself (lang/dir on the host).
    return html`<div class="layout">
      <div class="pictogram" aria-hidden="true">${unsafeSVG(this.pictogram)}</div>
      <div class="texts">
        ${this.#block(this.languageName, this.label, this.headline, this.body, undefined, undefined, this.note)}
        ${beside ? this.#block(beside.languageName ?? '', '', beside.headline, beside.body, beside.lang, beside.dir) : nothing}
      </div>
    </div>`;
  }

  #block(languageName: string, label: string, headline: string, body: string, lang?: string, dir?: string, note = '') {
    return html`<div class="text" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
      ${languageName ? html`<span class="language">${languageName}</span>` : nothing}
      ${label ? html`<p class="label">${label}</p>` : nothing}
      <h2>${headline}</h2>
      <p>${body}</p>
      ${note ? html`<small class="note" lang="en" dir="ltr">${note}</small>` : nothing}
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
