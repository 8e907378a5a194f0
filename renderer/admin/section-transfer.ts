// Export and import. Export downloads the settings file from the API (it never holds the PIN or
// password). Import reads a file, has the server check it (nothing saved), shows what would
// change, and applies it only when asked, with If-Match.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Settings } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { AdminApiError, type AdminApi, type SettingsRevision } from './admin-api.ts';
import { describePath, diffSettings, type SettingsChange } from './settings-diff.ts';
import './settings-changes.ts';

@customElement('section-transfer')
export class SectionTransfer extends LitElement {
  static override styles = [
    adminBase,
    css`
      a.button {
        display: inline-flex;
        align-items: center;
        min-block-size: 56px;
        padding: var(--space-2) var(--space-4);
        border-radius: var(--radius);
        background: var(--colour-brand);
        color: var(--colour-on-brand);
        font-weight: var(--font-weight-bold);
        text-decoration: none;
      }
      a.button:focus-visible {
        outline: 4px solid var(--colour-focus);
        box-shadow: 0 0 0 8px var(--colour-focus-text);
      }
      input[type='file'] {
        font: inherit;
        min-block-size: 56px;
      }
      input[type='file']::file-selector-button {
        font: inherit;
        font-weight: var(--font-weight-bold);
        min-block-size: 56px;
        padding-inline: var(--space-4);
        border: 3px solid var(--colour-brand);
        border-radius: var(--radius);
        background: var(--colour-page);
        color: var(--colour-brand);
      }
    `,
  ];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) saved!: SettingsRevision;
  /** The checked file, and the saved settings it was compared with (fetched afresh: someone may have saved since). */
  @state() private incoming: { settings: Settings; changes: SettingsChange[]; basedOn: string } | undefined;
  @state() private problems: string[] = [];
  @state() private message = '';

  async #read(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    this.incoming = undefined;
    this.problems = [];
    this.message = '';
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      this.message = TEXT.transfer.notJson;
      return;
    }
    try {
      const [settings, current] = await Promise.all([this.api.check(document), this.api.settings()]);
      this.incoming = { settings, changes: diffSettings(current.settings, settings), basedOn: current.revision };
    } catch (error) {
      if (error instanceof AdminApiError && error.errors.length > 0) {
        this.message = TEXT.transfer.invalid;
        this.problems = error.errors.map((p) => `${describePath(p.path) || 'File'}: ${p.message}`);
      } else {
        this.dispatchEvent(new CustomEvent('admin-error', { detail: error, bubbles: true, composed: true }));
      }
    } finally {
      input.value = '';
    }
  }

  async #apply(): Promise<void> {
    if (!this.incoming) return;
    try {
      const saved = await this.api.save(this.incoming.settings, this.incoming.basedOn);
      this.incoming = undefined;
      this.dispatchEvent(new CustomEvent('settings-replaced', { detail: { saved, message: TEXT.transfer.applied }, bubbles: true, composed: true }));
    } catch (error) {
      this.message = error instanceof AdminApiError && error.status === 412 ? TEXT.home.conflict : (error as Error).message;
    }
  }

  override render() {
    return html`<div class="card">
        <h2>${TEXT.transfer.exportHeading}</h2>
        <p>${TEXT.transfer.exportIntro}</p>
        <a class="button" href="/api/admin/export" download>${TEXT.transfer.export}</a>
      </div>
      <div class="card">
        <h2>${TEXT.transfer.importHeading}</h2>
        <p>${TEXT.transfer.importIntro}</p>
        <label>${TEXT.transfer.choose} <input type="file" accept=".json,application/json" @change=${this.#read} /></label>
        ${this.message ? html`<p class="error" role="alert">${this.message}</p>` : nothing}
        ${this.problems.length > 0 ? html`<ul class="error">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
        ${this.incoming
          ? this.incoming.changes.length === 0
            ? html`<p role="status">${TEXT.transfer.same}</p>`
            : html`<p role="status">${TEXT.transfer.changes(this.incoming.changes.length)}</p>
                <settings-changes .changes=${this.incoming.changes}></settings-changes>
                <div class="row">
                  <button class="primary" @click=${() => void this.#apply()}>${TEXT.transfer.apply}</button>
                  <button @click=${() => (this.incoming = undefined)}>${TEXT.transfer.cancel}</button>
                </div>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-transfer': SectionTransfer;
  }
}
