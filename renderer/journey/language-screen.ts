// Choose your language: each offered language named in itself (never a flag), in a grid that
// fits one screen. Each name carries its own lang and dir, so it is shaped, read aloud and
// given its script's font correctly whatever language the journey is in.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { languageInfo } from '../../main/common/languages.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import { sendEvent } from '../app/send-event.ts';

@customElement('language-screen')
export class LanguageScreen extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr);
        align-content: center;
        gap: var(--space-5);
        container-type: size;
      }
      ul {
        --columns: var(--landscape-columns);
        --rows: var(--landscape-rows);
        display: grid;
        grid-template-columns: repeat(var(--columns), minmax(0, 1fr));
        grid-template-rows: repeat(var(--rows), minmax(0, 1fr));
        gap: var(--space-3);
        align-self: center;
        block-size: min(100%, calc(var(--rows) * (var(--journey-target) + var(--space-3))));
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button {
        inline-size: 100%;
        block-size: 100%;
        min-block-size: 48px;
        padding: var(--space-1) var(--space-3);
        box-shadow: none;
      }
      button[aria-pressed='true'] {
        outline: 6px solid var(--colour-text);
        outline-offset: 3px;
      }
      /* Portrait: fewer columns, and the grid in the lower half. */
      @container (aspect-ratio < 1) {
        ul {
          --columns: var(--portrait-columns);
          --rows: var(--portrait-rows);
          align-self: end;
        }
      }
    `,
  ];

  /** Language codes, in the practice's order. */
  @property({ attribute: false }) languages: readonly string[] = [];
  @property() current = 'en';

  readonly #i18n = new I18nController(this);

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<h2 tabindex="-1">${t('language.title')}</h2>
      <ul>
        ${this.languages.map((code) => {
          const info = languageInfo(code);
          return html`<li>
            <button lang=${code} dir=${info?.dir ?? 'ltr'} data-language=${code} aria-pressed=${code === this.current ? 'true' : 'false'} class=${code === this.current ? '' : 'secondary'} @click=${() => this.#choose(code)}>
              ${info?.endonym ?? code}
            </button>
          </li>`;
        })}
      </ul>`;
  }

  override updated(): void {
    // Set through the CSSOM: the CSP allows no inline style attributes.
    const count = this.languages.length;
    const landscape = gridFor(count, count <= 4 ? count : count <= 9 ? 3 : count <= 16 ? 4 : 5);
    const portrait = gridFor(count, count <= 5 ? 1 : count <= 12 ? 2 : 3);
    this.style.setProperty('--landscape-columns', String(landscape.columns));
    this.style.setProperty('--landscape-rows', String(landscape.rows));
    this.style.setProperty('--portrait-columns', String(portrait.columns));
    this.style.setProperty('--portrait-rows', String(portrait.rows));
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #choose(code: string): void {
    sendEvent(this, 'language-choose', code);
  }
}

function gridFor(count: number, columns: number): { columns: number; rows: number } {
  const safe = Math.max(1, columns);
  return { columns: safe, rows: Math.max(1, Math.ceil(count / safe)) };
}

declare global {
  interface HTMLElementTagNameMap {
    'language-screen': LanguageScreen;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A language chosen for this journey: its code (main/common/languages.ts). */
    'language-choose': CustomEvent<string>;
  }
}
