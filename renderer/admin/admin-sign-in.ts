// The way past the lock: on first use "Set a PIN" (entered twice), then the PIN pad on the
// kiosk or a password at the reception desk. Wrong tries say how many are left; a locked pad
// counts down from Retry-After. Sends `signed-in` once the API has given a session.
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { AdminApiError, type AdminApi, type AdminStatus } from './admin-api.ts';
import type { PinPad } from './pin-pad.ts';
import './pin-pad.ts';
import './admin-field.ts';

@customElement('admin-sign-in')
export class AdminSignIn extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        display: grid;
        place-items: center;
        padding: var(--space-4);
      }
      .card {
        max-inline-size: 640px;
        inline-size: 100%;
      }
      details {
        max-inline-size: 40rem;
        margin-block-start: var(--space-4);
      }
      summary {
        min-block-size: 56px;
        padding-block: var(--space-2);
        color: var(--colour-brand);
        font-weight: var(--font-weight-bold);
        text-decoration: underline;
        cursor: pointer;
      }
      form {
        display: grid;
        gap: var(--space-3);
      }
    `,
  ];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) status!: AdminStatus;
  @state() private firstPin: string | undefined;
  @state() private message = '';
  @state() private lockedFor = 0;
  @state() private password = '';
  @query('pin-pad') private pad?: PinPad;
  #countdown: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const until = this.status?.lockedUntil ? Date.parse(this.status.lockedUntil) : NaN;
    if (until > Date.now()) this.#lock(Math.ceil((until - Date.now()) / 1000));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#countdown);
  }

  #lock(seconds: number): void {
    clearInterval(this.#countdown);
    this.lockedFor = seconds;
    this.#countdown = setInterval(() => {
      this.lockedFor -= 1;
      if (this.lockedFor <= 0) {
        clearInterval(this.#countdown);
        this.message = '';
      }
    }, 1000);
  }

  #failed(error: unknown, what: 'PIN' | 'password' = 'PIN'): void {
    this.pad?.clear();
    if (error instanceof AdminApiError && error.status === 429) {
      this.#lock(error.retryAfter ?? 30);
      this.message = '';
    } else if (error instanceof AdminApiError && error.triesLeft !== undefined) {
      this.message = TEXT.signIn.wrong(error.triesLeft, what);
    } else {
      this.message = error instanceof Error ? error.message : String(error);
    }
  }

  #done(): void {
    this.dispatchEvent(new CustomEvent('signed-in', { bubbles: true, composed: true }));
  }

  async #onPin(event: CustomEvent<{ pin: string }>): Promise<void> {
    const pin = event.detail.pin;
    if (this.status.pinSet) {
      try {
        await this.api.signIn({ pin });
        this.#done();
      } catch (error) {
        this.#failed(error);
      }
      return;
    }
    if (this.firstPin === undefined) {
      this.firstPin = pin;
      this.message = '';
      return;
    }
    if (this.firstPin !== pin) {
      this.firstPin = undefined;
      this.message = TEXT.signIn.mismatch;
      return;
    }
    try {
      await this.api.setPin(pin);
      this.#done();
    } catch (error) {
      this.firstPin = undefined;
      this.#failed(error);
    }
  }

  async #onPassword(event: Event): Promise<void> {
    event.preventDefault();
    try {
      await this.api.signIn({ password: this.password });
      this.password = '';
      this.#done();
    } catch (error) {
      this.password = '';
      this.#failed(error, 'password');
    }
  }

  override render() {
    const lockedMessage = this.lockedFor > 0 ? TEXT.signIn.locked(this.lockedFor) : '';
    if (this.status.surface === 'remote') {
      return html`<div class="card">
        <h2>${TEXT.signIn.remoteHeading}</h2>
        <form @submit=${this.#onPassword}>
          <admin-field
            kind="password"
            label=${TEXT.signIn.password}
            autocomplete="current-password"
            .value=${this.password}
            @field-change=${(e: CustomEvent<{ value: string }>) => (this.password = e.detail.value)}
            @keydown=${(e: KeyboardEvent) => {
              // The input is in the field's own shadow root, outside this form: Enter is passed on here.
              if (e.key === 'Enter' && this.password !== '' && this.lockedFor <= 0) void this.#onPassword(e);
            }}
          ></admin-field>
          <p class="error" role="alert">${lockedMessage || this.message}</p>
          <button class="primary" ?disabled=${this.lockedFor > 0 || this.password === ''}>${TEXT.signIn.signIn}</button>
        </form>
        <details>
          <summary>${TEXT.signIn.forgottenPassword}</summary>
          <p>${TEXT.signIn.forgottenPasswordHelp}</p>
        </details>
      </div>`;
    }
    const heading = this.status.pinSet ? TEXT.signIn.enterPin : this.firstPin === undefined ? TEXT.signIn.setPin : TEXT.signIn.confirmPin;
    return html`<div class="card">
      ${this.status.pinSet ? '' : html`<p>${TEXT.signIn.setPinWhy}</p>`}
      <pin-pad heading=${heading} .message=${lockedMessage || this.message} ?locked=${this.lockedFor > 0} @pin-entered=${this.#onPin}></pin-pad>
      ${this.status.pinSet
        ? html`<details>
            <summary>${TEXT.signIn.forgottenPin}</summary>
            ${TEXT.signIn.forgottenPinHelp.map((line) => html`<p>${line}</p>`)}
          </details>`
        : ''}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-sign-in': AdminSignIn;
  }
}
