// Posters and counts. Posters: at the reception desk, choose language and paper and open the
// printable poster or the leaflet (its Print button opens the browser's own print dialog); on
// the kiosk, where printing and downloads are locked, it says to print at the desk and where.
// Counts: the anonymous counts of the last twelve weeks as a chart and a table, the CSV, turning
// counting off (a setting, saved like the others) and clearing them.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { LANGUAGES } from '../../main/common/languages.ts';
import { adminBase } from './admin-styles.ts';
import { problemAt } from './settings-paths.ts';
import type { AdminApi, AdminStatus, CountsSummary } from './admin-api.ts';
import { posterQuery, type PaperSize } from '../poster/poster-request.ts';
import '../counts/counts-chart.ts';
import './admin-field.ts';

const WORDS = {
  posters: 'Posters',
  postersIntro: 'Print the code of conduct as a poster (A4 or A3), in any language or beside English, with the review and complaint QR codes. The leaflet is one A4 page with just the two codes, for the desk.',
  atKiosk: 'This kiosk cannot print. Print posters from the reception computer:',
  atKioskSteps: 'open this address there, sign in, and choose Posters and counts.',
  remoteOff: 'Turn on Remote admin first (the Remote admin section), then print from the reception computer.',
  commandLine: 'IT staff can also make every poster as PDF files on the kiosk: npm run poster -- --pack --out posters/',
  language: 'Language',
  size: 'Paper size',
  beside: 'English beside it',
  openPoster: 'Open the poster',
  openLeaflet: 'Open the leaflet',
  opensNew: '(opens in a new tab, with a Print button)',
  counts: 'Counts',
  countsIntro: 'How many times each patient screen was opened and each QR code shown, per day and language. Nothing about any person is counted, and no time finer than the day.',
  enabled: 'Count screens and codes',
  enabledHint: 'Save for it to take effect. Counts already made stay until you clear them.',
  csv: 'Download counts (CSV)',
  clear: 'Clear all counts',
  confirmClear: 'Yes, clear all counts',
  cancel: 'Keep them',
  cleared: 'All counts are cleared.',
  off: 'Counting is off.',
};

@customElement('section-counts')
export class SectionCounts extends LitElement {
  static override styles = [
    adminBase,
    css`
      .address {
        font-size: 24px;
        font-weight: var(--font-weight-bold);
        overflow-wrap: anywhere;
        user-select: text;
      }
      label {
        display: grid;
        gap: var(--space-1);
        font-weight: var(--font-weight-bold);
      }
      select {
        font: inherit;
        min-block-size: 56px;
        padding-inline: var(--space-2);
      }
      .check {
        display: flex;
        align-items: center;
        gap: var(--space-2);
      }
      .check input {
        inline-size: 32px;
        block-size: 32px;
      }
      a.button {
        display: inline-flex;
        align-items: center;
        min-block-size: 56px;
        padding: var(--space-2) var(--space-4);
        border: 3px solid var(--colour-brand);
        border-radius: var(--radius);
        color: var(--colour-brand);
        font-weight: var(--font-weight-bold);
        text-decoration: none;
      }
      a.button:focus-visible {
        outline: 4px solid var(--colour-focus);
        box-shadow: 0 0 0 8px var(--colour-focus-text);
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];
  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) status!: AdminStatus;
  @state() private posterLang = 'en';
  @state() private size: PaperSize = 'A4';
  @state() private besideEnglish = false;
  @state() private summary: CountsSummary | undefined;
  @state() private confirming = false;
  @state() private message = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.posterLang = this.draft.languages.default;
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.summary = await this.api.counts();
    } catch (error) {
      this.dispatchEvent(new CustomEvent('admin-error', { detail: error, bubbles: true, composed: true }));
    }
  }

  async #clear(): Promise<void> {
    try {
      await this.api.clearCounts();
      this.confirming = false;
      this.message = WORDS.cleared;
      await this.#load();
    } catch (error) {
      this.dispatchEvent(new CustomEvent('admin-error', { detail: error, bubbles: true, composed: true }));
    }
  }

  override render() {
    return html`<div class="card">
        <h2>${WORDS.posters}</h2>
        <p>${WORDS.postersIntro}</p>
        ${this.status.surface === 'remote' ? this.#chooser() : this.#atKiosk()}
      </div>
      <div class="card">
        <h2>${WORDS.counts}</h2>
        <p>${WORDS.countsIntro}</p>
        <admin-field
          path="counts.enabled"
          kind="toggle"
          label=${WORDS.enabled}
          hint=${WORDS.enabledHint}
          .value=${this.draft.counts.enabled}
          .error=${problemAt(this.problems, 'counts.enabled') ?? ''}
        ></admin-field>
        ${this.summary && !this.summary.enabled ? html`<p class="hint">${WORDS.off}</p>` : nothing}
        ${this.summary ? html`<counts-chart .weeks=${this.summary.weeks}></counts-chart>` : nothing}
        <div class="row">
          ${this.status.surface === 'remote' ? html`<a class="button" href="/api/admin/counts/csv" download>${WORDS.csv}</a>` : nothing}
          ${this.confirming
            ? html`<button class="danger" @click=${() => void this.#clear()}>${WORDS.confirmClear}</button>
                <button @click=${() => (this.confirming = false)}>${WORDS.cancel}</button>`
            : html`<button class="danger" @click=${() => ((this.confirming = true), (this.message = ''))}>${WORDS.clear}</button>`}
        </div>
        <p role="status">${this.message}</p>
      </div>`;
  }

  #atKiosk() {
    const url = this.status.remote?.url;
    return html`${url
        ? html`<p>${WORDS.atKiosk}</p>
            <p class="address">${url}</p>
            <p>${WORDS.atKioskSteps}</p>`
        : html`<p>${WORDS.remoteOff}</p>`}
      <p class="hint">${WORDS.commandLine}</p>`;
  }

  #chooser() {
    const query = (kind: 'poster' | 'leaflet') => posterQuery({ kind, lang: this.posterLang, size: kind === 'leaflet' ? 'A4' : this.size, besideEnglish: this.besideEnglish });
    return html`<div class="row">
        <label
          >${WORDS.language}
          <select @change=${(e: Event) => (this.posterLang = (e.target as HTMLSelectElement).value)}>
            ${LANGUAGES.map((l) => html`<option value=${l.code} ?selected=${l.code === this.posterLang}>${l.english}${l.english === l.endonym ? '' : ` (${l.endonym})`}</option>`)}
          </select>
        </label>
        <label
          >${WORDS.size}
          <select @change=${(e: Event) => (this.size = (e.target as HTMLSelectElement).value as PaperSize)}>
            <option value="A4" ?selected=${this.size === 'A4'}>A4</option>
            <option value="A3" ?selected=${this.size === 'A3'}>A3</option>
          </select>
        </label>
        <label class="check"
          ><input type="checkbox" .checked=${this.besideEnglish} ?disabled=${this.posterLang === 'en'} @change=${(e: Event) => (this.besideEnglish = (e.target as HTMLInputElement).checked)} />${WORDS.beside}</label
        >
      </div>
      <p class="row">
        <a class="button" href="/poster/${query('poster')}" target="_blank" rel="noopener">${WORDS.openPoster}</a>
        <a class="button" href="/poster/${query('leaflet')}" target="_blank" rel="noopener">${WORDS.openLeaflet}</a>
        <span class="hint">${WORDS.opensNew}</span>
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-counts': SectionCounts;
  }
}
