// Security: change the staff PIN, and the short audit log (what happened, when, from where;
// never who).
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { activityLine } from './history-lines.ts';
import type { AdminApi, AdminStatus, AuditEvent } from './admin-api.ts';
import type { FieldChange } from './admin-field.ts';
import './admin-field.ts';

@customElement('section-security')
export class SectionSecurity extends LitElement {
  static override styles = [
    adminBase,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--space-2);
        border-block-end: 1px solid var(--colour-surface);
        vertical-align: top;
      }
    `,
  ];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) status!: AdminStatus;
  @state() private current = '';
  @state() private next = '';
  @state() private again = '';
  @state() private message = '';
  @state() private failed = false;
  @state() private events: AuditEvent[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.api.audit().then(
      (events) => (this.events = events),
      () => undefined,
    );
  }

  async #change(event: Event): Promise<void> {
    event.preventDefault();
    if (this.next !== this.again) {
      this.failed = true;
      this.message = TEXT.security.mismatch;
      return;
    }
    try {
      await this.api.changePin(this.current, this.next);
      this.failed = false;
      this.message = TEXT.security.changed;
      this.current = this.next = this.again = '';
    } catch (error) {
      this.failed = true;
      this.message = (error as Error).message;
    }
  }

  override render() {
    const local = (set: (v: string) => void) => (e: CustomEvent<FieldChange>) => {
      e.stopPropagation();
      set(String(e.detail.value ?? '').replace(/\D/g, ''));
    };
    return html`${this.status.surface === 'kiosk'
        ? html`<div class="card">
            <h2>${TEXT.security.changePin}</h2>
            <form @submit=${this.#change}>
              <admin-field kind="password" label=${TEXT.security.currentPin} .value=${this.current} @field-change=${local((v) => (this.current = v))}></admin-field>
              <admin-field kind="password" label=${TEXT.security.newPin} .value=${this.next} @field-change=${local((v) => (this.next = v))}></admin-field>
              <admin-field kind="password" label=${TEXT.security.repeatPin} .value=${this.again} @field-change=${local((v) => (this.again = v))}></admin-field>
              <p class=${this.failed ? 'error' : ''} role="status">${this.message}</p>
              <button class="primary" ?disabled=${this.current.length < 6 || this.next.length < 6 || this.again.length < 6}>${TEXT.security.change}</button>
            </form>
          </div>`
        : html`<div class="card"><h2>${TEXT.security.changePin}</h2><p>${TEXT.remote.kioskOnly.replace('password', 'PIN')}</p></div>`}
      <div class="card">
        <h2>${TEXT.security.audit}</h2>
        ${this.events.length === 0
          ? html`<p>${TEXT.security.auditEmpty}</p>`
          : html`<ol class="activity">
              ${this.events.map((e) => html`<li>${activityLine(e)}</li>`)}
            </ol>`}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-security': SectionSecurity;
  }
}
