// Staff's QR code, to check a link with a phone and to reach the remote admin address. Its own
// element: that address is http://, which the patient journey's qr-code rightly refuses. Drawn
// with the journey's matrix and path (qr-matrix.ts), only without the https check.
import { LitElement, css, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { QUIET_ZONE, qrMatrix, qrSvgPath } from '../journey/qr-matrix.ts';

@customElement('admin-qr-code')
export class AdminQrCode extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      inline-size: 200px;
      background: #fff;
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
  `;

  @property() value = '';
  @property() label = '';

  override render() {
    if (!this.value) return svg``;
    const matrix = qrMatrix(this.value);
    const size = matrix.size + QUIET_ZONE * 2;
    const path = qrSvgPath(matrix);
    return svg`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.label} shape-rendering="crispEdges"><path d=${path} fill="#000"></path></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-qr-code': AdminQrCode;
  }
}
