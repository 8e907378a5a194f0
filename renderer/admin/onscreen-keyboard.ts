// The on-screen keyboard for the kiosk, whose touchscreen has no keyboard: UK QWERTY with
// digits and punctuation, a one-shot layer of accented letters, dashes and quotes, one-shot
// shift, space, cursor keys, backspace, clear and done. For a field in a script it has no letters
// for (Urdu, say) it says to type that at the reception desk. It types into the
// field that has focus and never takes focus itself (pointerdown is cancelled), so the caret
// stays where the person put it.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { ACCENTS, UK_QWERTY, applyKey, keyText, keyboardCanType, type KeyboardKey } from './keyboard-layout.ts';
import { languageInfo } from '../../main/common/languages.ts';

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

/** The language a field is in: the nearest lang attribute, across shadow roots. */
export function languageOf(element: Element): string {
  let here: Element | null = element;
  while (here) {
    const marked = here.closest('[lang]');
    if (marked) return marked.getAttribute('lang') ?? 'en';
    const root = here.getRootNode();
    here = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
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
      .elsewhere {
        max-inline-size: 1400px;
        margin: 0 auto var(--space-2);
        padding: var(--space-3);
        background: var(--colour-page);
        font-size: 22px;
      }
      button[aria-pressed='true'] {
        background: var(--colour-brand);
        color: var(--colour-on-brand);
      }
    `,
  ];

  /** The field being typed into. */
  @property({ attribute: false }) target: TypingTarget | null = null;
  /** The reception desk's address, when remote admin is on: where other scripts can be typed. */
  @property({ attribute: false }) deskAddress: string | null = null;
  @state() private shifted = false;
  @state() private accents = false;

  #press(key: KeyboardKey): void {
    if (key.kind === 'shift') {
      this.shifted = !this.shifted;
      return;
    }
    if (key.kind === 'accents') {
      this.accents = !this.accents;
      return;
    }
    if (key.kind === 'done') {
      this.dispatchEvent(new CustomEvent('keyboard-done', { bubbles: true, composed: true }));
      return;
    }
    const target = this.target;
    if (!target) return;
    const next = applyKey({ value: target.value, ...selection(target) }, key, this.shifted);
    const changed = next.value !== target.value;
    if (changed) target.value = next.value;
    try {
      target.setSelectionRange(next.start, next.end);
    } catch {
      // number fields have no selection; the caret stays at the end
    }
    if (changed) target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    if (key.kind === 'char') {
      this.shifted = false;
      // One accented letter, then back to the letters, as most words need only one.
      this.accents = false;
    }
  }

  #label(key: KeyboardKey): string {
    switch (key.kind) {
      case 'char':
        return keyText(key, this.shifted);
      case 'accents':
        return this.accents ? TEXT.keyboard.letters : TEXT.keyboard.accents;
      default:
        return TEXT.keyboard[key.kind];
    }
  }

  /** What a screen reader says, where the key's face is a symbol. */
  #name(key: KeyboardKey): string | undefined {
    if (key.kind === 'accents') return this.accents ? TEXT.keyboard.lettersName : TEXT.keyboard.accentsName;
    if (key.kind === 'left' || key.kind === 'right') return TEXT.keyboard[`${key.kind}Name`];
    return undefined;
  }

  #elsewhere() {
    const code = this.target ? languageOf(this.target) : 'en';
    if (keyboardCanType(code)) return '';
    const language = languageInfo(code)?.english ?? code;
    return html`<p class="elsewhere" role="status">${TEXT.keyboard.typeAtDesk(language, this.deskAddress)}</p>`;
  }

  override render() {
    const layout = this.accents ? ACCENTS : UK_QWERTY;
    return html`${this.#elsewhere()}<div class="keys" role="group" aria-label=${TEXT.keyboard.name} @pointerdown=${(e: Event) => e.preventDefault()} @mousedown=${(e: Event) => e.preventDefault()}>
      ${layout.map(
        (keys) =>
          html`<div class="row">
            ${keys.map(
              (key) =>
                html`<button
                  tabindex="-1"
                  class=${key.kind === 'char' ? 'char' : `action ${key.kind}`}
                  aria-pressed=${ifDefined(key.kind === 'shift' ? String(this.shifted) : undefined)}
                  aria-label=${ifDefined(this.#name(key))}
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
