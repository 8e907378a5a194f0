// The kiosk's way in for staff: press and hold the top-left corner (an invisible 96x96 px
// target) for five seconds. Nothing shows for a passing touch; a ring fills only once a hold
// has lasted a second, so staff see it working and patients see nothing. Sends `admin-open`.
// This file is in the patient's bundle, so it stays tiny; the admin screens load on demand.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';

export const HOLD_MS = 5000;
export const RING_AFTER_MS = 1000;

@customElement('admin-corner')
export class AdminCorner extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 96px;
      block-size: 96px;
      z-index: 10;
      touch-action: none;
    }
    svg {
      inline-size: 96px;
      block-size: 96px;
      transform: rotate(-90deg);
    }
    circle {
      fill: none;
      stroke: var(--colour-on-brand);
      stroke-width: 8;
      stroke-dasharray: 226;
      stroke-dashoffset: 226;
      animation: fill calc(${HOLD_MS - RING_AFTER_MS} * 1ms) linear forwards;
    }
    @keyframes fill {
      to {
        stroke-dashoffset: 0;
      }
    }
  `;

  @state() private ring = false;
  #timers: ReturnType<typeof setTimeout>[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerdown', this.#start);
    for (const type of ['pointerup', 'pointercancel', 'pointerleave', 'lostpointercapture']) this.addEventListener(type, this.#cancel);
    this.addEventListener('contextmenu', (e) => e.preventDefault());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancel();
  }

  readonly #start = (event: PointerEvent): void => {
    // A touch here is staff's, not the start of a patient's journey.
    event.stopPropagation();
    this.#cancel();
    this.#timers = [
      setTimeout(() => (this.ring = true), RING_AFTER_MS),
      setTimeout(() => {
        this.#cancel();
        this.dispatchEvent(new CustomEvent('admin-open', { bubbles: true, composed: true }));
      }, HOLD_MS),
    ];
  };

  readonly #cancel = (): void => {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
    this.ring = false;
  };

  override render() {
    return this.ring ? html`<svg viewBox="0 0 96 96" aria-hidden="true"><circle cx="48" cy="48" r="36"></circle></svg>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-corner': AdminCorner;
  }
}
