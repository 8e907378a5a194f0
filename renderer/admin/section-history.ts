// History: the saved versions, newest first; view what one would change, and put it back
// (with If-Match, so it never overwrites a save made meanwhile).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT, formatWhen } from './admin-text.ts';
import { AdminApiError, type AdminApi, type HistoryVersion, type SettingsRevision } from './admin-api.ts';
import { diffSettings, type SettingsChange } from './settings-diff.ts';
import { listStyles } from './section-slides.ts';
import './settings-changes.ts';

@customElement('section-history')
export class SectionHistory extends LitElement {
  static override styles = [adminBase, listStyles, css`
    li.detail {
      display: block;
    }
  `];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) saved!: SettingsRevision;
  @state() private versions: HistoryVersion[] = [];
  @state() private viewing: { id: string; changes: SettingsChange[]; basedOn: string } | undefined;
  @state() private message = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.versions = await this.api.history();
    } catch (error) {
      this.#error(error);
    }
  }

  #error(error: unknown): void {
    this.dispatchEvent(new CustomEvent('admin-error', { detail: error, bubbles: true, composed: true }));
  }

  async #view(id: string): Promise<void> {
    try {
      // Compared with what is saved now, which may be newer than this screen's copy.
      const [version, current] = await Promise.all([this.api.historyVersion(id), this.api.settings()]);
      this.viewing = { id, changes: diffSettings(current.settings, version.settings), basedOn: current.revision };
      this.message = '';
    } catch (error) {
      this.#error(error);
    }
  }

  async #restore(id: string, basedOn: string): Promise<void> {
    try {
      const saved = await this.api.restore(id, basedOn);
      this.viewing = undefined;
      this.dispatchEvent(new CustomEvent('settings-replaced', { detail: { saved, message: TEXT.history.restored }, bubbles: true, composed: true }));
      await this.#load();
    } catch (error) {
      if (error instanceof AdminApiError && error.status === 412) this.message = TEXT.home.conflict;
      this.#error(error);
    }
  }

  override render() {
    return html`<div class="card">
      <h2>${TEXT.sections.history}</h2>
      <p>${TEXT.history.intro}</p>
      ${this.versions.length === 0
        ? html`<p>${TEXT.history.none}</p>`
        : html`<ol>
            ${this.versions.map(
              (v) =>
                html`<li>
                    <span class="name">${TEXT.history.savedAt(formatWhen(v.savedAt))}${v.revision === this.saved.revision ? ' (current)' : ''}</span>
                    <button aria-pressed=${String(this.viewing?.id === v.id)} @click=${() => void this.#view(v.id)}>${TEXT.history.view}</button>
                  </li>
                  ${this.viewing?.id === v.id
                    ? html`<li class="detail">
                        ${this.viewing.changes.length === 0
                          ? html`<p>${TEXT.history.same}</p>`
                          : html`<p>${TEXT.history.changes(this.viewing.changes.length)}</p>
                              <settings-changes .changes=${this.viewing.changes}></settings-changes>
                              <button class="primary" @click=${() => void this.#restore(v.id, this.viewing!.basedOn)}>${TEXT.history.restore}</button>`}
                        ${this.message ? html`<p class="error" role="alert">${this.message}</p>` : nothing}
                      </li>`
                    : nothing}`,
            )}
          </ol>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-history': SectionHistory;
  }
}
