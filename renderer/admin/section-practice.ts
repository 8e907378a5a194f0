// Practice: its name (header and messages) and nation (which complaints routes patients see).
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { i18n } from '../i18n/i18n.ts';
import { SLIDE_PICTOGRAMS } from '../display/pictograms.ts';
import './admin-field.ts';
import './slide-preview.ts';

export const sectionLayout = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--space-4);
    align-items: start;
  }
  @media (max-width: 1400px) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

@customElement('section-practice')
export class SectionPractice extends LitElement {
  static override styles = [adminBase, sectionLayout];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  override render() {
    const practice = this.draft.practice;
    const t = (key: string) => i18n.t(key, { practice: practice.name, lng: 'en' });
    return html`<div class="card">
        <h2>${TEXT.sections.practice}</h2>
        <p>${TEXT.practice.intro}</p>
        <admin-field path="practice.name" label=${TEXT.practice.name} .value=${practice.name} .error=${problemAt(this.problems, 'practice.name') ?? ''}></admin-field>
        <admin-field
          path="practice.nation"
          kind="select"
          label=${TEXT.practice.nation}
          hint=${TEXT.practice.nationHint}
          .value=${practice.nation}
          .options=${Object.entries(TEXT.practice.nations).map(([value, label]) => ({ value, label }))}
          .error=${problemAt(this.problems, 'practice.nation') ?? ''}
        ></admin-field>
      </div>
      <div class="card">
        <h3>${TEXT.home.preview}</h3>
        <slide-preview key="practice" .practiceName=${practice.name} .headline=${t('slides.intro.headline')} .body=${t('slides.intro.body')} .pictogram=${SLIDE_PICTOGRAMS.intro}></slide-preview>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-practice': SectionPractice;
  }
}
