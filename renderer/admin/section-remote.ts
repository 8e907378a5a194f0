// Remote admin: lets the same screens be used from a browser at the reception desk. Off by
// default; needs the setting on (saved) and a password (set here, on the kiosk only). Shows the
// address, and a QR code for it, from the status route.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import type { AdminApi, AdminStatus } from './admin-api.ts';
import type { FieldChange } from './admin-field.ts';
import './admin-field.ts';
import './admin-qr-code.ts';

@customElement('section-remote')
export class SectionRemote extends LitElement {
  static override styles = [
    adminBase,
    css`
      .address {
        font-size: 28px;
        font-weight: var(--font-weight-bold);
        overflow-wrap: anywhere;
        user-select: text;
      }
      admin-qr-code {
        inline-size: 240px;
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];
  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) status!: AdminStatus;
  @state() private password = '';
  @state() private pin = '';
  @state() private message = '';
  @state() private failed = false;
  @state() private url: string | null = null;

  #poll: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#poll);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.url = this.status.remote?.url ?? null;
    // Turned on or off and saved, the listener starts or stops a moment later: while the setting
    // and the address disagree, ask again, so the screen never says "off" when it is on.
    this.#poll = setInterval(() => {
      if (this.draft.remoteAdmin.enabled === (this.url !== null)) return;
      void this.api.status().then(
        (s) => (this.url = s.remote?.url ?? null),
        () => undefined,
      );
    }, 2000);
    // The address appears once the listener is up; the status route knows it.
    void this.api.status().then(
      (s) => (this.url = s.remote?.url ?? null),
      () => undefined,
    );
  }

  async #setPassword(event: Event): Promise<void> {
    event.preventDefault();
    try {
      await this.api.setRemotePassword(this.pin, this.password);
      this.message = TEXT.remote.passwordSet;
      this.failed = false;
      this.password = this.pin = '';
      this.url = (await this.api.status()).remote?.url ?? null;
    } catch (error) {
      this.message = (error as Error).message;
      this.failed = true;
    }
  }

  override render() {
    const local = (set: (v: string) => void) => (e: CustomEvent<FieldChange>) => {
      e.stopPropagation();
      set(String(e.detail.value ?? ''));
    };
    return html`<div class="card">
        <h2>${TEXT.sections.remote}</h2>
        <p>${TEXT.remote.intro}</p>
        <admin-field
          path="remoteAdmin.enabled"
          kind="toggle"
          label=${TEXT.remote.enabled}
          hint=${TEXT.remote.enabledHint}
          .value=${this.draft.remoteAdmin.enabled}
          .error=${problemAt(this.problems, 'remoteAdmin.enabled') ?? ''}
        ></admin-field>
        ${this.url
          ? html`<p>${TEXT.remote.address}</p>
              <p class="address">${this.url}</p>
              <admin-qr-code .value=${this.url} label=${TEXT.remote.qr}></admin-qr-code>`
          : html`<p class="hint">${TEXT.remote.off}</p>`}
      </div>
      <div class="card">
        <h3>${TEXT.remote.password}</h3>
        ${this.status.surface !== 'kiosk'
          ? html`<p>${TEXT.remote.kioskOnly}</p>`
          : html`<form @submit=${this.#setPassword}>
              <admin-field kind="password" label=${TEXT.remote.password} hint=${TEXT.remote.passwordHint} autocomplete="new-password" .value=${this.password} @field-change=${local((v) => (this.password = v))}></admin-field>
              <admin-field kind="password" label=${TEXT.remote.pin} autocomplete="off" .value=${this.pin} @field-change=${local((v) => (this.pin = v))}></admin-field>
              <p class=${this.failed ? 'error' : ''} role="status">${this.message}</p>
              <button class="primary" ?disabled=${this.password.length < 10 || this.pin.length < 6}>${TEXT.remote.setPassword}</button>
            </form>`}
      </div>
      ${nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-remote': SectionRemote;
  }
}
