// Patient screens: how long the touch journey waits before asking, then going back.
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import './admin-field.ts';

@customElement('section-journey')
export class SectionJourney extends LitElement {
  static override styles = [adminBase];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  override render() {
    const journey = this.draft.journey;
    return html`<div class="card">
      <h2>${TEXT.sections.journey}</h2>
      <p>${TEXT.journey.intro}</p>
      <admin-field path="journey.idleSeconds" kind="number" label=${TEXT.journey.idle} hint=${TEXT.journey.idleHint} .value=${journey.idleSeconds} .error=${problemAt(this.problems, 'journey.idleSeconds') ?? ''}></admin-field>
      <admin-field
        path="journey.countdownSeconds"
        kind="number"
        label=${TEXT.journey.countdown}
        hint=${TEXT.journey.countdownHint}
        .value=${journey.countdownSeconds}
        .error=${problemAt(this.problems, 'journey.countdownSeconds') ?? ''}
      ></admin-field>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-journey': SectionJourney;
  }
}
