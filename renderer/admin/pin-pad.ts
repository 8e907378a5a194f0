// A PIN pad: big digit buttons, no text field (nothing for a passer-by to read back), digits
// shown as dots. Sends `pin-entered` with the digits when OK is pressed.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';

export const PIN_MIN = 6;
export const PIN_MAX = 12;

@customElement('pin-pad')
export class PinPad extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        display: grid;
        justify-items: center;
        gap: var(--space-3);
        text-align: center;
      }
      .dots {
        display: flex;
        gap: var(--space-2);
        min-block-size: 36px;
        align-items: center;
      }
      .dot {
        inline-size: 28px;
        block-size: 28px;
        border-radius: 50%;
        background: var(--colour-text);
      }
      .empty {
        color: var(--colour-text-secondary);
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 112px);
        gap: var(--space-3);
      }
      .keys button {
        block-size: 96px;
        font-size: 40px;
      }
      .keys button.word {
        font-size: 22px;
      }
      .message {
        min-block-size: 1.5em;
        max-inline-size: 30em;
      }
    `,
  ];

  @property() heading = '';
  /** Said under the dots: what went wrong, or how long the pad stays locked. */
  @property() message = '';
  @property({ type: Boolean }) locked = false;
  @state() private digits = '';

  clear(): void {
    this.digits = '';
  }

  #press(digit: string): void {
    if (this.digits.length < PIN_MAX) this.digits += digit;
  }

  #submit(): void {
    if (this.digits.length < PIN_MIN) return;
    const pin = this.digits;
    this.digits = '';
    this.dispatchEvent(new CustomEvent('pin-entered', { detail: { pin }, bubbles: true, composed: true }));
  }

  override render() {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    return html`<h2 id="heading">${this.heading}</h2>
      <div class="dots" role="img" aria-label=${TEXT.pin.entered(this.digits.length)}>
        ${this.digits.length === 0 ? html`<span class="empty">${TEXT.pin.minimum(PIN_MIN)}</span>` : [...this.digits].map(() => html`<span class="dot"></span>`)}
      </div>
      <p class="message ${this.locked ? '' : 'error'}" role="alert">${this.message}</p>
      <div class="keys" role="group" aria-labelledby="heading">
        ${keys.map((d) => html`<button ?disabled=${this.locked} @click=${() => this.#press(d)}>${d}</button>`)}
        <button class="word" ?disabled=${this.locked || this.digits.length === 0} @click=${() => (this.digits = this.digits.slice(0, -1))} aria-label=${TEXT.pin.deleteDigit}>
          ${TEXT.pin.delete}
        </button>
        <button ?disabled=${this.locked} @click=${() => this.#press('0')}>0</button>
        <button class="word primary" ?disabled=${this.locked || this.digits.length < PIN_MIN} @click=${this.#submit}>${TEXT.pin.ok}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pin-pad': PinPad;
  }
}
