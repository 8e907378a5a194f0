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
import './onscreen-keyboard.ts';

export const ADMIN_IDLE_MS = 2 * 60 * 1000;
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

  readonly api = new AdminApi();
  readonly #idle = new IdleController(this, ADMIN_IDLE_MS, () => void this.exit());

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadStatus();
    this.addEventListener('field-focus', this.#onFieldFocus);
    this.addEventListener('field-blur', this.#onFieldFocus);
    for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const) this.addEventListener(type, this.#onPointer, { capture: true });
    for (const type of ['pointerdown', 'keydown', 'input'] as const) this.addEventListener(type, this.#keepAlive, { capture: true, passive: true });
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
      this.typingTarget = null;
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

  /** Ends the session and, on the kiosk, goes back to the display. */
  async exit(): Promise<void> {
    this.typingTarget = null;
    if (this.api.signedIn) await this.api.signOut().catch(() => undefined);
    if (this.surface === 'kiosk') {
      this.dispatchEvent(new CustomEvent('admin-close', { bubbles: true, composed: true }));
    } else {
      this.status = undefined;
      await this.#loadStatus();
      this.#idle.reset();
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
        <button @click=${() => void this.exit()}>${TEXT.shell.exit}</button>
      </header>
      <main>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        ${this.status?.credentialsProblem ? html`<p class="problem" role="alert">${this.status.credentialsProblem}</p>` : nothing}
        ${this.status?.settings?.problem ? html`<p class="problem" role="alert">${TEXT.shell.settingsProblem(this.status.settings.problem)}</p>` : nothing}
        ${this.status?.storage?.problem ? html`<p class="problem" role="alert">${TEXT.shell.storageProblem(this.status.storage.problem)}</p>` : nothing}
        ${this.#body()}
      </main>
      ${this.typingTarget
        ? html`<onscreen-keyboard .target=${this.typingTarget} @keyboard-done=${() => (this.typingTarget?.blur(), (this.typingTarget = null))}></onscreen-keyboard>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-shell': AdminShell;
  }
}
