// Staff's QR code, to check a link with a phone and to reach the remote admin address. Its own
// element: that address is http://, which the patient journey's qr-code rightly refuses. Drawn
// as SVG squares (qrcode-generator computes the modules; no markup is built from strings).
import { LitElement, css, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import qrcode from 'qrcode-generator';

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
    const code = qrcode(0, 'M');
    code.addData(this.value, 'Byte');
    code.make();
    const count = code.getModuleCount();
    const quiet = 4;
    let path = '';
    for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (code.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    const size = count + quiet * 2;
    return svg`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.label} shape-rendering="crispEdges"><path d=${path} fill="#000"></path></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-qr-code': AdminQrCode;
  }
}
