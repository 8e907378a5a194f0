// A QR code drawn as inline SVG, so it stays crisp at any size and needs no image: dark modules
// on white with a four-module quiet zone, scaled crisply to whatever box it is given. An address
// that fails the https check draws nothing, never a wrong code.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { QUIET_ZONE, qrMatrixFor, qrSvgPath, type QrMatrix } from './qr-matrix.ts';

@customElement('qr-code')
export class QrCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
      aspect-ratio: 1;
      background: var(--qr-light);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    rect {
      fill: var(--qr-light);
    }
    path {
      fill: var(--qr-dark);
    }
  `;

  @property() url = '';
  /** Spoken instead of the pattern, e.g. the address. */
  @property() label = '';

  #matrix: QrMatrix | undefined;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('url')) return;
    try {
      this.#matrix = qrMatrixFor(this.url);
    } catch (error) {
      this.#matrix = undefined;
      console.warn(error instanceof Error ? error.message : error);
    }
    this.dataset.encoded = this.#matrix?.text ?? '';
  }

  override render() {
    const matrix = this.#matrix;
    if (!matrix) return nothing;
    const side = matrix.size + 2 * QUIET_ZONE;
    return html`<svg viewBox="0 0 ${side} ${side}" role="img" aria-label=${this.label} shape-rendering="crispEdges">
      <rect width=${side} height=${side}></rect>
      <path d=${qrSvgPath(matrix)}></path>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qr-code': QrCode;
  }
}
