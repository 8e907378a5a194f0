// The always-visible way in, under the rotating display: one wide button that says what
// touching does (no hidden gesture), and, when more than one language is offered, a language
// button marked with a symbol, so a patient who cannot read the words can still find it.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { Hand, Languages } from 'lucide-static';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import type { JourneyScreen } from './journey-screen.ts';
import { sendEvent } from '../app/send-event.ts';

@customElement('invite-bar')
export class InviteBar extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: flex;
        gap: var(--journey-gap);
        padding: var(--space-3) var(--space-7) var(--space-4);
      }
      button {
        flex: 1 1 auto;
        justify-content: flex-start;
        text-align: start;
        padding-inline: var(--space-5);
      }
      button svg {
        inline-size: 1.8em;
        block-size: 1.8em;
      }
      .words {
        display: grid;
      }
      .subtitle {
        font-size: 0.75em;
        font-weight: normal;
      }
      .language {
        flex: 0 1 auto;
        max-inline-size: 34%;
      }
      @media (orientation: portrait) {
        :host {
          flex-direction: column;
          padding-inline: var(--space-6);
        }
        .language {
          max-inline-size: none;
        }
      }
    `,
  ];

  @property({ type: Boolean }) showLanguage = false;
  /** False where there is no review route: the bar then offers only what there is. */
  @property({ type: Boolean }) hasReview = true;

  readonly #i18n = new I18nController(this);

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<button class="invite" @click=${() => this.#open('menu')}>
        ${unsafeSVG(Hand)}<span class="words"><span>${t(this.hasReview ? 'invite.title' : 'invite.titleNoReview')}</span><span class="subtitle">${t('invite.subtitle')}</span></span>
      </button>
      ${this.showLanguage
        ? html`<button class="language secondary" @click=${() => this.#open('language')}>${unsafeSVG(Languages)}<span>${t('menu.language')}</span></button>`
        : nothing}`;
  }

  /** Where focus returns when a journey ends. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  }

  #open(screen: JourneyScreen): void {
    sendEvent(this, 'journey-open', screen);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invite-bar': InviteBar;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A patient touched the display: open the journey on this screen. */
    'journey-open': CustomEvent<JourneyScreen>;
  }
}
