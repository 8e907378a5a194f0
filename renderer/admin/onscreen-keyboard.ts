// The on-screen keyboard for the kiosk, whose touchscreen has no keyboard: UK QWERTY with
// digits and punctuation, one-shot shift, space, backspace, clear and done. It types into the
// field that has focus and never takes focus itself (pointerdown is cancelled), so the caret
// stays where the person put it.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { UK_QWERTY, applyKey, keyText, type KeyboardKey } from './keyboard-layout.ts';

export type TypingTarget = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number']);

/** True for the fields the keyboard types into; dates and times keep their native pickers. */
export function isTypingTarget(element: unknown): element is TypingTarget {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && TEXT_TYPES.has(element.type) && !element.readOnly);
}

function selection(target: TypingTarget): { start: number; end: number } {
  try {
    const start = target.selectionStart ?? target.value.length;
    return { start, end: target.selectionEnd ?? start };
  } catch {
    return { start: target.value.length, end: target.value.length };
  }
}

@customElement('onscreen-keyboard')
export class OnscreenKeyboard extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        display: block;
        background: var(--nhs-dark-grey);
        padding: var(--space-2);
      }
      .keys {
        display: grid;
        gap: var(--space-2);
        max-inline-size: 1400px;
        margin-inline: auto;
      }
      .row {
        display: flex;
        gap: var(--space-2);
        justify-content: center;
        flex-wrap: nowrap;
      }
      button {
        flex: 1 1 0;
        min-inline-size: 0;
        min-block-size: 72px;
        padding: 0;
        font-size: 30px;
        border: none;
        background: var(--colour-page);
        color: var(--colour-text);
      }
      button.action {
        font-size: 22px;
        background: var(--colour-surface);
      }
      button.space {
        flex-grow: 5;
      }
      button.done {
        background: var(--colour-brand);
        color: var(--colour-on-brand);
      }
      button[aria-pressed='true'] {
        background: var(--colour-brand);
        color: var(--colour-on-brand);
      }
    `,
  ];

  /** The field being typed into. */
  @property({ attribute: false }) target: TypingTarget | null = null;
  @state() private shifted = false;

  #press(key: KeyboardKey): void {
    if (key.kind === 'shift') {
      this.shifted = !this.shifted;
      return;
    }
    if (key.kind === 'done') {
      this.dispatchEvent(new CustomEvent('keyboard-done', { bubbles: true, composed: true }));
      return;
    }
    const target = this.target;
    if (!target) return;
    const next = applyKey({ value: target.value, ...selection(target) }, key, this.shifted);
    if (next.value !== target.value) {
      target.value = next.value;
      try {
        target.setSelectionRange(next.start, next.end);
      } catch {
        // number fields have no selection; the caret stays at the end
      }
      target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    }
    if (key.kind === 'char') this.shifted = false;
  }

  #label(key: KeyboardKey): string {
    switch (key.kind) {
      case 'char':
        return keyText(key, this.shifted);
      default:
        return TEXT.keyboard[key.kind];
    }
  }

  override render() {
    return html`<div class="keys" role="group" aria-label=${TEXT.keyboard.name} @pointerdown=${(e: Event) => e.preventDefault()} @mousedown=${(e: Event) => e.preventDefault()}>
      ${UK_QWERTY.map(
        (keys) =>
          html`<div class="row">
            ${keys.map(
              (key) =>
                html`<button
                  tabindex="-1"
                  class=${key.kind === 'char' ? 'char' : `action ${key.kind}`}
                  aria-pressed=${ifDefined(key.kind === 'shift' ? String(this.shifted) : undefined)}
                  @click=${() => this.#press(key)}
                >
                  ${this.#label(key)}
                </button>`,
            )}
          </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'onscreen-keyboard': OnscreenKeyboard;
  }
}
