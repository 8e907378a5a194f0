// Nation details: what patients are told about complaining, free help, urgent care and the law
// in the practice's nation (main/common/nation-preset.ts), each with its default beside it. An
// empty box, or "Use the default", leaves settings.nationDetails without that key, so the
// nation's default (and its translations) applies again.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { NATION_PRESETS, type NationDetails } from '../../main/common/nation-preset.ts';
import { i18n } from '../i18n/i18n.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { settingLabel } from './setting-labels.ts';
import { problemAt } from './settings-paths.ts';
import type { FieldChange } from './admin-field.ts';
import './admin-field.ts';

type TextKey = Exclude<keyof NationDetails, 'lawSlideInEnglishUntilChecked'>;

interface Override {
  readonly key: TextKey;
  readonly hint?: string;
  /** What patients see while the box is empty, in English; undefined: nothing. */
  readonly fallback: string | undefined;
  /** Why there is no default, when there is none. */
  readonly note?: string;
}

@customElement('section-nation')
export class SectionNation extends LitElement {
  static override styles = [
    adminBase,
    css`
      .override {
        border-block-end: 1px solid var(--nhs-mid-grey);
        margin-block-end: var(--space-4);
      }
      .default {
        margin-block: 0 var(--space-3);
        color: var(--colour-text-secondary);
      }
      .default q {
        color: var(--colour-text);
      }
      .override button {
        margin-block-end: var(--space-3);
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  #change(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent<FieldChange>('field-change', { detail: { path, value }, bubbles: true, composed: true }));
  }

  /** The English patients see for the nation's own sentence (the kiosk's text, not the setting). */
  #english(key: string): string {
    return i18n.t(key, { lng: 'en' });
  }

  #groups(): { heading: string; fields: Override[] }[] {
    const nation = this.draft.practice.nation;
    const preset = NATION_PRESETS[nation];
    const commissioner = preset.complaintRoutes.includes('commissioner')
      ? `${this.#english(`complaint.${nation}.commissioner`)} ${this.#english('complaint.reachCommissioner')}`
      : undefined;
    return [
      {
        heading: TEXT.nation.complaints,
        fields: [
          { key: 'complaintGuide', fallback: preset.complaintGuide },
          // The nation's sentence names the body; its name and contact are listed only when both are set.
          { key: 'commissionerName', hint: TEXT.nation.commissionerNameHint, fallback: commissioner },
          { key: 'commissionerContact', hint: TEXT.nation.commissionerContactHint, fallback: undefined },
          { key: 'timeLimit', fallback: this.#english(`complaint.time.${preset.timeLimit}`) },
          { key: 'advocacyName', fallback: preset.advocacy.name },
          { key: 'advocacyContact', fallback: preset.advocacy.contact },
          { key: 'ombudsmanLine', fallback: this.#english(`complaint.${nation}.ombudsman`) },
        ],
      },
      {
        heading: TEXT.nation.urgent,
        fields: [
          { key: 'urgentNumber', fallback: preset.urgentCare.urgent, note: TEXT.nation.urgentNone },
          { key: 'emergencyNumber', fallback: preset.urgentCare.emergency },
        ],
      },
      { heading: TEXT.nation.law, fields: [{ key: 'lawsLine', hint: TEXT.nation.lawsLineHint, fallback: preset.lawsLine }] },
    ];
  }

  #override({ key, hint, fallback, note }: Override, nationName: string) {
    const path = `nationDetails.${key}`;
    const value = this.draft.nationDetails[key];
    const label = TEXT.nation[key];
    return html`<div class="override" data-key=${key}>
      <admin-field path=${path} optional label=${label} hint=${hint ?? ''} .value=${value ?? ''} .error=${problemAt(this.problems, path) ?? ''}></admin-field>
      <p class="default">${TEXT.nation.defaultIs(nationName)} ${fallback === undefined ? `${TEXT.nation.none}${note ? ` ${note}` : ''}` : html`<q>${fallback}</q>`}</p>
      ${value === undefined ? nothing : html`<button aria-label=${TEXT.nation.useDefaultFor(settingLabel(path))} @click=${() => this.#change(path, undefined)}>${TEXT.nation.useDefault}</button>`}
    </div>`;
  }

  override render() {
    const nationName = TEXT.practice.nations[this.draft.practice.nation];
    const english = this.draft.nationDetails.lawSlideInEnglishUntilChecked ?? true;
    const lawPath = 'nationDetails.lawSlideInEnglishUntilChecked';
    return html`<div class="card">
      <h2>${TEXT.sections.nation}</h2>
      <p>${TEXT.nation.intro(nationName)}</p>
      ${this.#groups().map(
        (group) => html`<h3>${group.heading}</h3>
          ${group.fields.map((field) => this.#override(field, nationName))}`,
      )}
      <div class="override" data-key="lawSlideInEnglishUntilChecked">
        <admin-field path=${lawPath} kind="toggle" label=${TEXT.nation.lawInEnglish} hint=${TEXT.nation.lawInEnglishHint} .value=${english} .error=${problemAt(this.problems, lawPath) ?? ''}></admin-field>
        ${english
          ? nothing
          : html`<button aria-label=${TEXT.nation.useDefaultFor(settingLabel(lawPath))} @click=${() => this.#change(lawPath, true)}>${TEXT.nation.useDefault}</button>`}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-nation': SectionNation;
  }
}
