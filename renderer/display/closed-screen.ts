// Outside opening hours: a dark, still screen. Nothing moves and no timer runs, so the panel
// and the computer idle; the practice name, then in each display language why the kiosk is
// dark, when it opens again and where to get urgent help meanwhile.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { languageStyles } from '../i18n/language-styles.ts';
import type { ClosedText } from './closed-content.ts';

@customElement('closed-screen')
export class ClosedScreen extends LitElement {
  static override styles = [
    languageStyles,
    css`
    :host {
      grid-row: 1 / -1;
      display: grid;
      place-content: center;
      gap: var(--space-3);
      padding: var(--space-7);
      background: var(--colour-closed-page);
      color: var(--colour-closed-text);
      text-align: center;
      cursor: none;
    }
    p {
      margin: 0;
      font-size: clamp(24px, 4vmin, 48px);
      overflow-wrap: anywhere;
    }
    .practice {
      font-weight: var(--font-weight-bold);
    }
    .language {
      display: grid;
      gap: var(--space-1);
    }
    .urgent {
      font-size: clamp(20px, 3vmin, 40px);
    }
  `,
  ];

  @property() practice = '';
  @property({ attribute: false }) texts: readonly ClosedText[] = [];

  override render() {
    return html`<p class="practice">${this.practice}</p>
      ${this.texts.map(
        (text) =>
          html`<div class="language" lang=${text.lang} dir=${text.dir}>
            <p>${text.closed}</p>
            ${text.reopens ? html`<p>${text.reopens}</p>` : ''}
            <p class="urgent">${text.urgent}</p>
          </div>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'closed-screen': ClosedScreen;
  }
}
