// Outside opening hours: a dark, still screen. Nothing moves and no timer runs, so the panel
// and the computer idle; the practice name and one line say why the kiosk is dark.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('closed-screen')
export class ClosedScreen extends LitElement {
  static override styles = css`
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
  `;

  @property() practice = '';
  @property() message = '';

  override render() {
    return html`<p class="practice">${this.practice}</p>
      <p>${this.message}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'closed-screen': ClosedScreen;
  }
}
