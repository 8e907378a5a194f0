// The admin screens' frame, on the kiosk (over the display) and at the reception desk
// (admin.html): header with Exit, sign-in until there is a session, then the admin home. On the
// kiosk it adds the on-screen keyboard under any text field that gets focus. It closes itself
// after two minutes untouched, and on Exit, ending the session either way.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { AdminApi, type AdminStatus } from './admin-api.ts';
import { IdleController } from './idle-controller.ts';
import { isTypingTarget, type TypingTarget } from './onscreen-keyboard.ts';
import './admin-sign-in.ts';
import './admin-home.ts';
import type { AdminHome } from './admin-home.ts';
import './onscreen-keyboard.ts';

export const ADMIN_IDLE_MS = 2 * 60 * 1000;
/** "Are you still there?" comes this long before the idle sign-out. */
export const ADMIN_WARN_BEFORE_MS = 10 * 1000;
/** The server ends a session two minutes after its last request; typing makes no requests. */
const KEEP_ALIVE_EVERY_MS = 30 * 1000;

@customElement('admin-shell')
export class AdminShell extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 100;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto;
        background: var(--colour-surface);
        user-select: none;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-3);
        padding: var(--space-3) var(--space-4);
        background: var(--colour-brand);
        color: var(--colour-on-brand);
      }
      header h1 {
        margin: 0;
        font-size: 32px;
      }
      header button {
        border-color: var(--colour-on-brand);
      }
      main {
        overflow: auto;
        min-block-size: 0;
      }
      .overlay {
        position: fixed;
        inset: 0;
        z-index: 1;
        display: grid;
        place-items: center;
        background: rgb(0 0 0 / 60%);
      }
      .dialog {
        max-inline-size: 44rem;
        padding: var(--space-5);
        background: var(--colour-page);
        border-block-start: 8px solid var(--colour-brand);
        border-radius: var(--radius);
      }
      .dialog .row {
        margin-block-start: var(--space-4);
      }
      .problem {
        margin: var(--space-3) var(--space-4) 0;
        padding: var(--space-3);
        border-inline-start: 8px solid var(--nhs-red);
        background: var(--colour-page);
      }
    `,
  ];

  /** The page's own: "remote" at the reception desk. The status route confirms it. */
  @property() surface: 'kiosk' | 'remote' = 'kiosk';
  @state() private status: AdminStatus | undefined;
  @state() private problem = '';
  @state() private typingTarget: TypingTarget | null = null;
  /** Seconds left before the idle sign-out, while "Are you still there?" is up. */
  @state() private idleSecondsLeft: number | undefined;
  /** Staff asked to leave with changes not saved: what they asked for, until they choose. */
  @state() private leaving: 'exit' | undefined;

  readonly api = new AdminApi();
  readonly #idle = new IdleController(this, ADMIN_IDLE_MS, () => void this.exit());
  readonly #idleWarning = new IdleController(this, ADMIN_IDLE_MS - ADMIN_WARN_BEFORE_MS, () => this.#warnIdle());
  #countdown: ReturnType<typeof setInterval> | undefined;

  #warnIdle(): void {
    if (!this.api.signedIn) return;
    const deadline = Date.now() + ADMIN_WARN_BEFORE_MS;
    const tick = () => (this.idleSecondsLeft = Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    tick();
    clearInterval(this.#countdown);
    this.#countdown = setInterval(tick, 1000);
  }

  /** Any touch or key: they are still here. */
  readonly #stillHere = (): void => {
    if (this.idleSecondsLeft === undefined) return;
    clearInterval(this.#countdown);
    this.idleSecondsLeft = undefined;
  };

  get #home(): AdminHome | null {
    return this.renderRoot.querySelector('admin-home');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadStatus();
    this.addEventListener('field-focus', this.#onFieldFocus);
    this.addEventListener('field-blur', this.#onFieldFocus);
    for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const) this.addEventListener(type, this.#onPointer, { capture: true });
    for (const type of ['pointerdown', 'keydown', 'input'] as const) this.addEventListener(type, this.#keepAlive, { capture: true, passive: true });
    for (const type of ['pointerdown', 'keydown'] as const) this.addEventListener(type, this.#stillHere, { capture: true, passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#countdown);
  }

  async #loadStatus(): Promise<void> {
    try {
      this.status = await this.api.status();
      this.problem = '';
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  readonly #onFieldFocus = (event: Event): void => {
    if (this.status?.surface !== 'kiosk') return;
    const target = (event as CustomEvent<Element>).detail;
    if (event.type === 'field-focus' && isTypingTarget(target)) {
      this.#hideAfterTap = false;
      clearTimeout(this.#hideTimer);
      this.typingTarget = target;
      void this.updateComplete.then(() => target.scrollIntoView({ block: 'center' }));
    } else if (this.#pointerDown) {
      // Taking the keyboard away now would move the button under the finger before the tap
      // ends, and the tap would be lost; it goes once the tap is over.
      this.#hideAfterTap = true;
    } else {
      // A touch moves focus only after the finger is up (the tap's mouse events come last),
      // and its click follows in the same task: the keyboard goes after that click, so Save
      // does not slide away from under the finger.
      clearTimeout(this.#hideTimer);
      this.#hideTimer = setTimeout(() => (this.typingTarget = null));
    }
  };

  #lastKeepAlive = Date.now();
  /** While someone is working here, the server's session stays open as long as this screen does. */
  readonly #keepAlive = (): void => {
    if (!this.api.signedIn || Date.now() - this.#lastKeepAlive < KEEP_ALIVE_EVERY_MS) return;
    this.#lastKeepAlive = Date.now();
    void this.api.keepAlive().catch(() => undefined);
  };

  #pointerDown = false;
  #hideAfterTap = false;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onPointer = (event: PointerEvent): void => {
    this.#pointerDown = event.type === 'pointerdown';
    if (!this.#pointerDown && this.#hideAfterTap) {
      this.#hideAfterTap = false;
      this.#hideTimer = setTimeout(() => (this.typingTarget = null));
    }
  };

  /** Exit pressed: with changes not saved, staff are asked first. */
  #askToLeave(): void {
    if (this.#home?.dirty) this.leaving = 'exit';
    else void this.exit();
  }

  async #saveAndLeave(): Promise<void> {
    if (await this.#home?.save()) void this.exit();
    // Not saved (something to correct, or a clash): they stay, with the reason on screen.
    this.leaving = undefined;
  }

  /** Ends the session and, on the kiosk, goes back to the display. */
  async exit(): Promise<void> {
    this.typingTarget = null;
    this.leaving = undefined;
    this.#stillHere();
    if (this.api.signedIn) await this.api.signOut().catch(() => undefined);
    if (this.surface === 'kiosk') {
      this.dispatchEvent(new CustomEvent('admin-close', { bubbles: true, composed: true }));
    } else {
      this.status = undefined;
      await this.#loadStatus();
      this.#idle.reset();
      this.#idleWarning.reset();
    }
  }

  /** Staff leave kiosk mode only here, signed in with the PIN, never by a key combination. */
  async #leaveKioskMode(): Promise<void> {
    if (!confirm(TEXT.shell.leaveKioskModeConfirm)) return;
    try {
      await this.api.leaveKioskMode();
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  #body() {
    if (!this.status) return nothing;
    if (!this.api.signedIn) {
      return html`<admin-sign-in .api=${this.api} .status=${this.status} @signed-in=${() => void this.#loadStatus()}></admin-sign-in>`;
    }
    // Signed in, but the status is still the signed-out one (it says less): wait for the full one.
    if (!this.status.signedIn) return nothing;
    return html`<admin-home
      .api=${this.api}
      .status=${this.status}
      @session-lost=${() => void this.api.signOut().finally(() => this.#loadStatus())}
    ></admin-home>`;
  }

  override render() {
    return html`<header>
        <h1>${TEXT.shell.title}</h1>
        ${this.api.signedIn && this.status?.canQuit
          ? html`<button @click=${() => void this.#leaveKioskMode()}>${TEXT.shell.leaveKioskMode}</button>`
          : nothing}
        ${this.api.signedIn || this.surface === 'kiosk'
          ? html`<button @click=${() => this.#askToLeave()}>${this.surface === 'remote' ? TEXT.shell.signOut : this.api.signedIn ? TEXT.shell.exit : TEXT.shell.close}</button>`
          : nothing}
      </header>
      <main>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        ${this.status?.credentialsProblem ? html`<p class="problem" role="alert">${this.status.credentialsProblem}</p>` : nothing}
        ${this.status?.settings?.problem ? html`<p class="problem" role="alert">${TEXT.shell.settingsProblem(this.status.settings.problem)}</p>` : nothing}
        ${this.status?.storage?.problem ? html`<p class="problem" role="alert">${TEXT.shell.storageProblem(this.status.storage.problem)}</p>` : nothing}
        ${this.#body()}
      </main>
      ${this.typingTarget
        ? html`<onscreen-keyboard .target=${this.typingTarget} .deskAddress=${this.status?.remote?.url ?? null} @keyboard-done=${() => (this.typingTarget?.blur(), (this.typingTarget = null))}></onscreen-keyboard>`
        : nothing}
      ${this.#dialog()}`;
  }

  #dialog() {
    const dirty = this.#home?.dirty ?? false;
    if (this.idleSecondsLeft !== undefined) {
      return html`<div class="overlay">
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-heading" aria-describedby="idle-text">
          <h2 id="idle-heading">${TEXT.shell.stillThere}</h2>
          <p id="idle-text">${TEXT.shell.closingIn(this.idleSecondsLeft)} ${dirty ? TEXT.shell.unsavedWillBeLost : ''}</p>
          <div class="row">
            <button class="primary" @click=${this.#stillHere}>${TEXT.shell.keepWorking}</button>
            ${dirty ? html`<button @click=${() => void this.#home?.save()}>${TEXT.home.save}</button>` : nothing}
          </div>
        </div>
      </div>`;
    }
    if (this.leaving) {
      return html`<div class="overlay">
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="leave-heading">
          <h2 id="leave-heading">${TEXT.shell.unsavedHeading}</h2>
          <p>${TEXT.shell.unsavedQuestion}</p>
          <div class="row">
            <button class="primary" @click=${() => void this.#saveAndLeave()}>${TEXT.shell.saveAndLeave}</button>
            <button class="danger" @click=${() => void this.exit()}>${TEXT.shell.leaveWithoutSaving}</button>
            <button @click=${() => (this.leaving = undefined)}>${TEXT.shell.stay}</button>
          </div>
        </div>
      </div>`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-shell': AdminShell;
  }
}
