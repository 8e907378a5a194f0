// Where the rotation is in its cycle: one dot per slide, the current one filled. Static
// between transitions (an animated bar would keep the compositor busy all day).
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('progress-dots')
export class ProgressDots extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: var(--space-3);
    }
    .dots {
      display: flex;
      gap: var(--space-2);
    }
    span {
      inline-size: 18px;
      block-size: 18px;
      border-radius: 50%;
      border: 3px solid var(--colour-brand);
      box-sizing: border-box;
    }
    span.current {
      background: var(--colour-brand);
    }
  `;

  @property({ type: Number }) count = 0;
  @property({ type: Number }) current = 0;
  /** Spoken by screen readers; the dots carry it for sighted readers. */
  @property() label = '';

  override render() {
    // One image with a spoken label: a list inside role=img would hide its items (axe: listitem).
    return html`<div class="dots" role="img" aria-label=${this.label}>
      ${Array.from({ length: this.count }, (_, i) => html`<span class=${i === this.current ? 'current' : ''}></span>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-dots': ProgressDots;
  }
}
