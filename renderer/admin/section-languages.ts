// Languages: which ones the waiting room gets, in what order, how they show, and the one the
// screen returns to. The list is keyed by language and its ticks bound live, so a tick stays
// with its language when the list reorders (chosen ones move to the top). Each shows its
// translation's review status from GET /api/locales (locale-status.ts), so staff know which
// words a qualified translator has not yet checked and which are out of date.
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { languageStyles } from '../i18n/language-styles.ts';
import { loadFontsFor } from '../i18n/font-loader.ts';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { LANGUAGES, languageInfo, type LanguageCode } from '../../main/common/languages.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { listStyles } from './section-slides.ts';
import { moveItem, orderedChoice } from './ordered-choice.ts';
import { fetchLocaleList, localeStatusLine } from './locale-status.ts';
import './admin-field.ts';

@customElement('section-languages')
export class SectionLanguages extends LitElement {
  // languageStyles: each endonym in its script's bundled Noto font, never a system fallback box.
  static override styles = [adminBase, listStyles, languageStyles];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];
  /** Each language's review status in words, by code. */
  @state() private statuses: Record<string, string> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // Without the list the rows simply show no status; choosing languages still works.
    void fetchLocaleList()
      .then((list) => (this.statuses = Object.fromEntries(list.map((summary) => [summary.code, localeStatusLine(summary)]))))
      .catch(() => undefined);
    for (const { code } of LANGUAGES) void loadFontsFor(code).catch(() => undefined);
  }

  #change(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent('field-change', { detail: { path, value }, bubbles: true, composed: true }));
  }

  override render() {
    const languages = this.draft.languages;
    const shown = languages.shown;
    const codes = LANGUAGES.map((l) => l.code as LanguageCode);
    return html`<div class="card">
      <h2>${TEXT.sections.languages}</h2>
      <p>${TEXT.languages.intro}</p>
      <p class="error" role="alert">${problemAt(this.problems, 'languages.shown') ?? ''}</p>
      <ol>
        ${repeat(orderedChoice(codes, shown), ({ item }) => item, ({ item: code, chosen, index }) => {
          const info = languageInfo(code)!;
          const status = this.statuses[code];
          const name = `${info.english} (${info.endonym})`;
          return html`<li class=${chosen ? '' : 'off'}>
            <label
              ><input
                type="checkbox"
                aria-label=${TEXT.languages.shown(info.english)}
                .checked=${live(chosen)}
                ?disabled=${chosen && shown.length === 1}
                @change=${(e: Event) => this.#change('languages.shown', (e.target as HTMLInputElement).checked ? [...shown, code] : shown.filter((c) => c !== code))}
              /><span
                >${info.english}${info.endonym === info.english ? '' : html` <span lang=${code} dir=${info.dir}>${info.endonym}</span>`}<span class="sub">${status ?? ''}</span></span
              ></label
            >
            <button aria-label=${TEXT.slides.upNamed(name)} ?disabled=${!chosen || index === 0} @click=${() => this.#change('languages.shown', moveItem(shown, index, -1))}>▲</button>
            <button aria-label=${TEXT.slides.downNamed(name)} ?disabled=${!chosen || index === shown.length - 1} @click=${() => this.#change('languages.shown', moveItem(shown, index, 1))}>▼</button>
          </li>`;
        })}
      </ol>
      <admin-field
        path="languages.mode"
        kind="select"
        label=${TEXT.languages.mode}
        .value=${languages.mode}
        .options=${Object.entries(TEXT.languages.modes).map(([value, label]) => ({ value, label }))}
        .error=${problemAt(this.problems, 'languages.mode') ?? ''}
      ></admin-field>
      <admin-field
        path="languages.default"
        kind="select"
        label=${TEXT.languages.default}
        .value=${languages.default}
        .options=${shown.map((code) => ({ value: code, label: languageInfo(code)?.english ?? code }))}
        .error=${problemAt(this.problems, 'languages.default') ?? ''}
      ></admin-field>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-languages': SectionLanguages;
  }
}
