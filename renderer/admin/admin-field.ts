// One labelled setting: label, hint, control and, when something is wrong, the reason in plain
// words beside it (aria-invalid + aria-describedby, all inside this shadow root so the
// references resolve). Sends `field-change` with the settings path and the value as a setting.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adminBase } from './admin-styles.ts';
import { numberField, optionalText } from './settings-paths.ts';
import { maxLengthAt } from './setting-limits.ts';
import { TEXT } from './admin-text.ts';
import { joinDate, joinTime, splitDate, splitTime } from './date-parts.ts';

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'time' | 'select' | 'toggle' | 'password';

export interface FieldChange {
  readonly path: string;
  readonly value: unknown;
}

@customElement('admin-field')
export class AdminField extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        display: block;
        margin-block-end: var(--space-4);
      }
      label {
        display: block;
        font-weight: var(--font-weight-bold);
        font-size: 22px;
        margin-block-end: var(--space-1);
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
      }
      legend {
        padding: 0;
        font-weight: var(--font-weight-bold);
        font-size: 22px;
        margin-block-end: var(--space-1);
      }
      .parts {
        display: flex;
        gap: var(--space-3);
      }
      .parts label {
        font-weight: normal;
        font-size: 20px;
      }
      .parts input {
        inline-size: 5ch;
        min-inline-size: 88px;
        min-block-size: 64px;
        font-size: 28px;
        text-align: center;
      }
      .parts input.year {
        inline-size: 7ch;
        min-inline-size: 120px;
      }
      button.show {
        margin-block-start: var(--space-2);
        font: inherit;
        font-weight: var(--font-weight-bold);
        min-block-size: 48px;
        padding: var(--space-1) var(--space-3);
        border: 3px solid var(--colour-brand);
        border-radius: var(--radius);
        background: var(--colour-page);
        color: var(--colour-brand);
      }
      .count {
        display: block;
        margin-block-start: var(--space-1);
        color: var(--colour-text-secondary);
      }
      .count.over {
        color: var(--nhs-red);
        font-weight: var(--font-weight-bold);
      }
      .hint,
      .error {
        display: block;
        margin-block-end: var(--space-2);
      }
      input,
      select,
      textarea {
        font: inherit;
        inline-size: 100%;
        min-block-size: 56px;
        padding: var(--space-2) var(--space-3);
        border: 3px solid var(--colour-text);
        border-radius: 4px;
        background: var(--colour-page);
        color: var(--colour-text);
        user-select: text;
        -webkit-user-select: text;
      }
      textarea {
        min-block-size: 128px;
        resize: vertical;
      }
      input[type='number'],
      input[type='date'],
      input[type='time'] {
        inline-size: auto;
        min-inline-size: 200px;
      }
      [aria-invalid='true'] {
        border-color: var(--nhs-red);
        border-width: 4px;
      }
      .toggle {
        display: flex;
        align-items: center;
        gap: var(--space-3);
        min-block-size: 56px;
        font-weight: var(--font-weight-bold);
        font-size: 22px;
      }
      .toggle input {
        inline-size: 40px;
        min-block-size: 40px;
        block-size: 40px;
        margin: 0;
        accent-color: var(--colour-brand);
      }
    `,
  ];

  @property() path = '';
  @property() label = '';
  @property() hint = '';
  @property() kind: FieldKind = 'text';
  @property({ attribute: false }) value: unknown = '';
  /** The problem with the current value, shown beside it. */
  @property() error = '';
  /** Empty means "not set" rather than "". */
  @property({ type: Boolean }) optional = false;
  /** The longest text allowed, when the path alone does not find it in the schema. */
  @property({ type: Number }) maxlength: number | undefined;
  @property({ attribute: false }) options: readonly { value: string; label: string }[] = [];
  @property() autocomplete = 'off';

  /** What is in the day/month/year (or hour/minute) boxes, which may not be a date yet. */
  @state() private parts: Record<string, string> = {};
  @state() private partsProblem = '';
  /** A password shown as typed, so staff can check it. */
  @state() private reveal = false;
  #partsFor: unknown = Symbol('none');

  override willUpdate(changed: PropertyValues<this>): void {
    // Taken from the setting only when it changed from outside, so half-typed boxes stay.
    if ((this.kind === 'date' || this.kind === 'time') && changed.has('value') && this.value !== this.#partsFor) {
      const text = typeof this.value === 'string' ? this.value : '';
      const split: Record<string, string> = this.kind === 'date' ? { ...splitDate(text) } : { ...splitTime(text) };
      if (Object.values(split).some(Boolean) || text === '') this.parts = split;
      this.#partsFor = this.value;
    }
  }

  #onPart(name: string, event: Event): void {
    this.parts = { ...this.parts, [name]: (event.target as HTMLInputElement).value };
    const joined =
      this.kind === 'date'
        ? joinDate({ day: this.parts.day ?? '', month: this.parts.month ?? '', year: this.parts.year ?? '' })
        : joinTime({ hour: this.parts.hour ?? '', minute: this.parts.minute ?? '' });
    this.partsProblem = joined.problem ?? '';
    const value = joined.value ?? (this.optional ? undefined : '');
    this.#partsFor = value;
    this.#emit(value);
  }

  #partsControl(invalid: string) {
    const names = this.kind === 'date' ? (['day', 'month', 'year'] as const) : (['hour', 'minute'] as const);
    const problem = this.partsProblem || this.error;
    return html`<fieldset aria-describedby=${ifDefined(problem ? 'error' : undefined)}>
      <legend>${this.label}</legend>
      ${this.hint ? html`<span class="hint">${this.hint}</span>` : nothing}
      <span class="hint">${this.kind === 'date' ? TEXT.field.dateHint : TEXT.field.timeHint}</span>
      ${problem ? html`<span class="error" id="error">${problem}</span>` : nothing}
      <div class="parts">
        ${names.map(
          (name, i) =>
            html`<div>
              <label for=${i === 0 ? 'control' : name}>${TEXT.field[name]}</label>
              <input
                id=${i === 0 ? 'control' : name}
                class=${name}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                .value=${live(this.parts[name] ?? '')}
                aria-invalid=${problem ? 'true' : invalid}
                @input=${(e: Event) => this.#onPart(name, e)}
                @focus=${this.#onFocus}
                @blur=${this.#onBlur}
              />
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  #emit(value: unknown): void {
    this.dispatchEvent(new CustomEvent<FieldChange>('field-change', { detail: { path: this.path, value }, bubbles: true, composed: true }));
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (this.kind === 'toggle') return this.#emit(control.checked);
    if (this.kind === 'number') return this.#emit(numberField(control.value));
    this.#emit(this.optional ? optionalText(control.value) : control.value);
  }

  // Focus moving between two fields in the same shadow tree is invisible to the shell (focus
  // events are not delivered where target and relatedTarget retarget to the same node), so each
  // field says itself when its control gains or loses focus.
  readonly #onFocus = (event: FocusEvent): void => {
    this.dispatchEvent(new CustomEvent<Element>('field-focus', { detail: event.target as Element, bubbles: true, composed: true }));
  };

  readonly #onBlur = (event: FocusEvent): void => {
    this.dispatchEvent(new CustomEvent<Element>('field-blur', { detail: event.target as Element, bubbles: true, composed: true }));
  };

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  /**
   * "You have 12 characters remaining", as the NHS character count does: the limit is the
   * schema's, and the field never cuts text silently (the count says how much to remove).
   */
  #count(text: string) {
    const limit = this.maxlength ?? (this.path ? maxLengthAt(this.path) : undefined);
    if (limit === undefined || !['text', 'textarea'].includes(this.kind)) return nothing;
    const left = limit - [...text].length;
    return html`<span class="count ${left < 0 ? 'over' : ''}" id="count" aria-live="polite">${TEXT.field.count(left)}</span>`;
  }

  override render() {
    const invalid = this.error ? 'true' : 'false';
    const described = [this.hint && 'hint', this.error && 'error'].filter(Boolean).join(' ') || undefined;
    const text = this.value === undefined || this.value === null ? '' : String(this.value);
    const hint = this.hint ? html`<span class="hint" id="hint">${this.hint}</span>` : nothing;
    const error = this.error ? html`<span class="error" id="error">${this.error}</span>` : nothing;
    if (this.kind === 'toggle') {
      return html`<label class="toggle"
          ><input type="checkbox" .checked=${live(Boolean(this.value))} aria-invalid=${invalid} aria-describedby=${ifDefined(described)} @change=${this.#onInput} />${this.label}</label
        >${hint}${error}`;
    }
    if (this.kind === 'date' || this.kind === 'time') return this.#partsControl(invalid);
    let control;
    if (this.kind === 'textarea') {
      control = html`<textarea id="control" .value=${live(text)} aria-invalid=${invalid} aria-describedby=${ifDefined(described)} @input=${this.#onInput} @focus=${this.#onFocus} @blur=${this.#onBlur}></textarea>`;
    } else if (this.kind === 'select') {
      control = html`<select id="control" aria-invalid=${invalid} aria-describedby=${ifDefined(described)} @change=${this.#onInput}>
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label}</option>`)}
      </select>`;
    } else {
      const type = this.kind === 'number' ? 'number' : this.kind === 'password' && !this.reveal ? 'password' : 'text';
      control = html`<input
        id="control"
        type=${type}
        inputmode=${ifDefined(this.kind === 'number' ? 'numeric' : undefined)}
        autocomplete=${this.autocomplete}
        spellcheck="false"
        .value=${live(text)}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(described)}
        @input=${this.#onInput}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      />`;
    }
    const show =
      this.kind === 'password'
        ? html`<button type="button" class="show" aria-pressed=${String(this.reveal)} aria-controls="control" @click=${() => (this.reveal = !this.reveal)}>
            ${this.reveal ? TEXT.field.hide : TEXT.field.show}
          </button>`
        : nothing;
    return html`<label for="control">${this.label}</label>${hint}${error}${control}${show}${this.#count(text)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-field': AdminField;
  }
}
