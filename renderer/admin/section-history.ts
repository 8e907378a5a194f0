// History: the saved versions, newest first; view what one would change, and put it back
// (with If-Match, so it never overwrites a save made meanwhile).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { AdminApiError, type AdminApi, type AuditEvent, type HistoryVersion, type SettingsRevision } from './admin-api.ts';
import { describeSave, historyLine } from './history-lines.ts';
import { diffSettings, type SettingsChange } from './settings-diff.ts';
import { listStyles } from './section-slides.ts';
import './settings-changes.ts';

@customElement('section-history')
export class SectionHistory extends LitElement {
  static override styles = [adminBase, listStyles, css`
    li.detail {
      display: block;
    }
    .confirm {
      padding: var(--space-3);
      border-inline-start: 8px solid var(--nhs-warm-yellow, #ffb81c);
      background: var(--colour-surface);
    }
  `];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) saved!: SettingsRevision;
  @state() private versions: HistoryVersion[] = [];
  @state() private viewing: { id: string; changes: SettingsChange[]; basedOn: string } | undefined;
  @state() private message = '';
  /** Each version's line in words, by id: what that save changed, where, when. */
  @state() private lines: Record<string, string> = {};
  /** A restore asked for and waiting for "Yes, put it back". */
  @state() private confirming: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.versions = await this.api.history();
      void this.#describe(this.versions);
    } catch (error) {
      this.#error(error);
    }
  }

  /** Each save compared with the one before it; where it was done, from the activity log. */
  async #describe(versions: HistoryVersion[]): Promise<void> {
    const [documents, events] = await Promise.all([
      Promise.all(versions.map((v) => this.api.historyVersion(v.id).then((r) => r.settings, () => undefined))),
      this.api.audit().catch((): AuditEvent[] => []),
    ]);
    const saves = events.filter((e) => e.action === 'settings-saved' || e.action === 'settings-restored');
    const lines: Record<string, string> = {};
    versions.forEach((v, i) => {
      const after = documents[i];
      const before = documents[i + 1];
      const what = after && before ? describeSave(before, after) : TEXT.history.earliest;
      const when = Date.parse(v.savedAt);
      const where = saves.find((e) => Math.abs(Date.parse(e.at) - when) < 5_000)?.surface;
      lines[v.id] = historyLine(what, v.savedAt, where);
    });
    this.lines = lines;
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
    this.confirming = undefined;
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

  /** Putting a version back replaces what is on the display: staff confirm, warned if it turns remote admin off. */
  #restoreButtons(id: string) {
    const viewing = this.viewing;
    if (!viewing) return nothing;
    if (this.confirming !== id) return html`<button class="primary" @click=${() => (this.confirming = id)}>${TEXT.history.restore}</button>`;
    const remoteOff = viewing.changes.some((c) => c.path === 'remoteAdmin.enabled' && c.after === false);
    return html`<div role="alertdialog" aria-labelledby="confirm-restore" class="confirm">
      <p id="confirm-restore"><strong>${TEXT.history.confirm}</strong></p>
      ${remoteOff ? html`<p class="error">${TEXT.history.remoteOffWarning}</p>` : nothing}
      <div class="row">
        <button class="primary" @click=${() => void this.#restore(id, viewing.basedOn)}>${TEXT.history.confirmYes}</button>
        <button @click=${() => (this.confirming = undefined)}>${TEXT.history.confirmNo}</button>
      </div>
    </div>`;
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
                    <span class="name">${this.lines[v.id] ?? TEXT.history.loading}${v.revision === this.saved.revision ? ` ${TEXT.history.current}` : ''}</span>
                    <button aria-pressed=${String(this.viewing?.id === v.id)} @click=${() => void this.#view(v.id)}>${TEXT.history.view}</button>
                  </li>
                  ${this.viewing?.id === v.id
                    ? html`<li class="detail">
                        ${this.viewing.changes.length === 0
                          ? html`<p>${TEXT.history.same}</p>`
                          : html`<p>${TEXT.history.changes(this.viewing.changes.length)}</p>
                              <settings-changes .changes=${this.viewing.changes}></settings-changes>
                              ${this.#restoreButtons(v.id)}`}
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
