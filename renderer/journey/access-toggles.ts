// Larger text and high contrast, for this journey only: two toggle buttons (aria-pressed),
// reset when the journey ends so the next patient starts from the usual look.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { AArrowUp, Contrast } from 'lucide-static';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import { sendEvent } from '../app/send-event.ts';

export interface AccessChoice {
  readonly largeText: boolean;
  readonly highContrast: boolean;
}

@customElement('access-toggles')
export class AccessToggles extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: flex;
        gap: var(--journey-gap);
      }
      button {
        font-size: clamp(18px, 2.4vmin, 34px);
      }
    `,
  ];

  @property({ type: Boolean }) largeText = false;
  @property({ type: Boolean }) highContrast = false;

  readonly #i18n = new I18nController(this);

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<button class=${this.largeText ? '' : 'secondary'} data-access="large-text" aria-pressed=${String(this.largeText)} @click=${() => this.#change({ largeText: !this.largeText, highContrast: this.highContrast })}>
        ${unsafeSVG(AArrowUp)}${t('access.largeText')}
      </button>
      <button class=${this.highContrast ? '' : 'secondary'} data-access="high-contrast" aria-pressed=${String(this.highContrast)} @click=${() => this.#change({ largeText: this.largeText, highContrast: !this.highContrast })}>
        ${unsafeSVG(Contrast)}${t('access.highContrast')}
      </button>`;
  }

  #change(choice: AccessChoice): void {
    sendEvent(this, 'access-change', choice);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'access-toggles': AccessToggles;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Large text or high contrast turned on or off: both, as they should now be. */
    'access-change': CustomEvent<AccessChoice>;
  }
}
