// "Are you still there?": a modal dialog with the seconds left and one big button to stay.
// Escape, or a touch on the dimmed screen around it, also means stay. The parent decides when it shows.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../i18n/i18n-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import { sendEvent } from '../app/send-event.ts';

@customElement('idle-prompt')
export class IdlePrompt extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      dialog {
        box-sizing: border-box;
        inline-size: min(90vw, 36em);
        padding: var(--space-6);
        border: 6px solid var(--colour-brand);
        border-radius: var(--radius);
        background: var(--colour-page);
        color: var(--colour-text);
        font-family: var(--font-family);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      .body {
        display: grid;
        gap: var(--space-5);
      }
      .count {
        font-variant-numeric: tabular-nums;
      }
      button {
        inline-size: 100%;
      }
      /* Portrait: low on the screen, within reach from a wheelchair. */
      @media (orientation: portrait) {
        dialog {
          margin-block: auto 12vh;
        }
      }
    `,
  ];

  @property({ type: Boolean }) open = false;
  @property({ type: Number }) secondsLeft = 0;

  readonly #i18n = new I18nController(this);

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector('button')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<dialog aria-labelledby="idle-title" aria-describedby="idle-text" @cancel=${this.#cancel} @click=${this.#clickOutside}>
      <div class="body">
        <h2 id="idle-title">${t('idle.title')}</h2>
        <p id="idle-text" class="count" aria-live="off">${t('idle.text', { count: this.secondsLeft })}</p>
        <button @click=${this.#stay}>${t('idle.stay')}</button>
      </div>
    </dialog>`;
  }

  #cancel(event: Event): void {
    event.preventDefault();
    this.#stay();
  }

  /** A touch on the dimmed screen around the prompt also means "still here". */
  #clickOutside(event: Event): void {
    if (event.target === event.currentTarget) this.#stay();
  }

  #stay(): void {
    sendEvent(this, 'idle-stay');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'idle-prompt': IdlePrompt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The patient answered the idle prompt: keep the journey. */
    'idle-stay': CustomEvent<undefined>;
  }
}
