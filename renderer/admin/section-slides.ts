// Slides: which built-in messages show and in what order (move up and down buttons: dragging
// is hard on a touchscreen and impossible by keyboard), how long each stays, and fades.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { SLIDE_IDS, type SlideId } from '../../main/common/slide-catalogue.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { sectionLayout } from './section-practice.ts';
import { i18n } from '../i18n/i18n.ts';
import { SLIDE_PICTOGRAMS } from '../display/pictograms.ts';
import { moveItem, orderedChoice } from './ordered-choice.ts';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import './admin-field.ts';
import './slide-preview.ts';

export const listStyles = css`
  ol {
    list-style: none;
    margin: 0 0 var(--space-4);
    padding: 0;
    display: grid;
    gap: var(--space-2);
  }
  li {
    display: flex;
    align-items: center;
    gap: var(--space-2);
    padding: var(--space-2);
    border: 2px solid var(--colour-surface);
    border-radius: var(--radius);
  }
  li.off {
    color: var(--colour-text-secondary);
  }
  li label,
  li .name {
    flex: 1;
    display: flex;
    align-items: center;
    gap: var(--space-3);
    min-block-size: 56px;
    font-weight: var(--font-weight-bold);
  }
  li input[type='checkbox'] {
    inline-size: 36px;
    block-size: 36px;
    margin: 0;
    flex: none;
    accent-color: var(--colour-brand);
  }
  li .sub {
    display: block;
    font-weight: normal;
    font-size: 17px;
    color: var(--colour-text-secondary);
  }
  li button {
    padding-inline: var(--space-3);
  }
`;

@customElement('section-slides')
export class SectionSlides extends LitElement {
  static override styles = [adminBase, sectionLayout, listStyles];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];
  @state() private previewing: SlideId = 'intro';

  #change(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent('field-change', { detail: { path, value }, bubbles: true, composed: true }));
  }

  override render() {
    const display = this.draft.display;
    const t = (key: string) => i18n.t(key, { practice: this.draft.practice.name, lng: 'en' });
    const rows = orderedChoice(SLIDE_IDS, display.slides);
    return html`<div class="card">
        <h2>${TEXT.sections.slides}</h2>
        <p>${TEXT.slides.intro}</p>
        <p class="error" role="alert">${problemAt(this.problems, 'display.slides') ?? ''}</p>
        <ol>
          ${repeat(rows, ({ item }) => item, ({ item: id, chosen, index }) => {
            const name = t(`slides.${id}.headline`);
            return html`<li class=${chosen ? '' : 'off'}>
              <label
                ><input
                  type="checkbox"
                  .checked=${live(chosen)}
                  @change=${(e: Event) => {
                    this.previewing = id;
                    this.#change('display.slides', (e.target as HTMLInputElement).checked ? [...display.slides, id] : display.slides.filter((s) => s !== id));
                  }}
                />${name}</label
              >
              <button aria-label=${TEXT.slides.previewOf(name)} @click=${() => (this.previewing = id)}>${TEXT.slides.preview}</button>
              <button aria-label=${TEXT.slides.upNamed(name)} ?disabled=${!chosen || index === 0} @click=${() => this.#change('display.slides', moveItem(display.slides, index, -1))}>▲</button>
              <button
                aria-label=${TEXT.slides.downNamed(name)}
                ?disabled=${!chosen || index === display.slides.length - 1}
                @click=${() => this.#change('display.slides', moveItem(display.slides, index, 1))}
              >
                ▼
              </button>
            </li>`;
          })}
        </ol>
        <admin-field
          path="display.dwellSeconds"
          kind="number"
          label=${TEXT.slides.dwell}
          hint=${TEXT.slides.dwellHint}
          .value=${display.dwellSeconds}
          .error=${problemAt(this.problems, 'display.dwellSeconds') ?? ''}
        ></admin-field>
        <admin-field path="display.transitions" kind="toggle" label=${TEXT.slides.transitions} .value=${display.transitions}></admin-field>
      </div>
      <div class="card">
        <h3>${TEXT.home.preview}</h3>
        <slide-preview
          key="slide"
          .practiceName=${this.draft.practice.name}
          .headline=${t(`slides.${this.previewing}.headline`)}
          .body=${t(`slides.${this.previewing}.body`)}
          .pictogram=${SLIDE_PICTOGRAMS[this.previewing]}
        ></slide-preview>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-slides': SectionSlides;
  }
}
