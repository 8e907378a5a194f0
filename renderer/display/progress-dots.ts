// Where the rotation is in its cycle: one dot per slide, the current one filled. Static
// between transitions (an animated bar would keep the compositor busy all day).
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

@customElement('progress-dots')
export class ProgressDots extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: var(--space-3);
    }
    ol {
      display: flex;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      inline-size: 18px;
      block-size: 18px;
      border-radius: 50%;
      border: 3px solid var(--colour-brand);
      box-sizing: border-box;
    }
    li[aria-current] {
      background: var(--colour-brand);
    }
  `;

  @property({ type: Number }) count = 0;
  @property({ type: Number }) current = 0;
  /** Spoken by screen readers; the dots carry it for sighted readers. */
  @property() label = '';

  override render() {
    return html`<ol role="img" aria-label=${this.label}>
      ${Array.from({ length: this.count }, (_, i) => html`<li aria-current=${ifDefined(i === this.current ? 'step' : undefined)}></li>`)}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-dots': ProgressDots;
  }
}
