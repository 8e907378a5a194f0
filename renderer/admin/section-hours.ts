// Opening hours: outside them the display goes to its dark, low-power closed screen.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { DAYS } from './section-notices.ts';
import './admin-field.ts';

@customElement('section-hours')
export class SectionHours extends LitElement {
  static override styles = [
    adminBase,
    css`
      .day {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0 var(--space-4);
        border-block-start: 2px solid var(--colour-surface);
        padding-block-start: var(--space-3);
      }
      .day admin-field:first-child {
        min-inline-size: 260px;
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  override render() {
    const hours = this.draft.openingHours;
    return html`<div class="card">
      <h2>${TEXT.sections.hours}</h2>
      <p>${TEXT.hours.intro}</p>
      <admin-field path="openingHours.enabled" kind="toggle" label=${TEXT.hours.enabled} .value=${hours.enabled}></admin-field>
      ${DAYS.map((day) => {
        const span = hours.week[day];
        const at = `openingHours.week.${day}`;
        return html`<div class="day">
          <admin-field
            kind="toggle"
            label=${TEXT.hours.open(TEXT.days[day])}
            .value=${!!span}
            @field-change=${(e: CustomEvent<{ value: boolean }>) => {
              e.stopPropagation();
              this.dispatchEvent(new CustomEvent('field-change', { detail: { path: at, value: e.detail.value ? { open: '08:00', close: '18:30' } : undefined }, bubbles: true, composed: true }));
            }}
          ></admin-field>
          ${span
            ? html`<admin-field path="${at}.open" kind="time" label=${TEXT.hours.opens} .value=${span.open} .error=${problemAt(this.problems, `${at}.open`) ?? ''}></admin-field>
                <admin-field path="${at}.close" kind="time" label=${TEXT.hours.closes} .value=${span.close} .error=${problemAt(this.problems, `${at}.close`) ?? ''}></admin-field>`
            : nothing}
        </div>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-hours': SectionHours;
  }
}
