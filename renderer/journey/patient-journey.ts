// The patient journey: menu, QR screens, the rules by hand, language choice, accessibility
// toggles and the idle prompt. It exists only while a patient uses the screen (kiosk-app adds
// it on a touch and removes it at the end), so every journey starts fresh and nothing of it
// runs while the display rotates. Escape goes back; focus moves to each new screen's heading.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ArrowLeft } from 'lucide-static';
import type { Settings } from '../../main/common/settings-schema.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { directionOf, i18n, isChecked, loadLanguage } from '../i18n/i18n.ts';
import { builtInSlides } from '../display/slide-content.ts';
import { IdleController } from './idle-controller.ts';
import { journeyStyles } from './journey-styles.ts';
import type { JourneyScreen } from './journey-screen.ts';
import { complaintContent, contactContent, reviewContent } from './qr-screen-content.ts';
import { reviewRoute } from '../../main/common/nation-preset.ts';
import type { AccessChoice } from './access-toggles.ts';
import { countScreen } from '../counts/journey-counts.ts';
import './access-toggles.ts';
import './idle-prompt.ts';
import './journey-menu.ts';
import './language-screen.ts';
import './qr-screen.ts';
import './rules-screen.ts';
import { sendEvent } from '../app/send-event.ts';

export type JourneyEndReason = 'done' | 'back' | 'timeout';

interface FocusableScreen extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  focusHeading(): void;
  focusItem?(screen: JourneyScreen): void;
}

@customElement('patient-journey')
export class PatientJourney extends LitElement {
  static override styles = [
    journeyStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: minmax(0, 1fr) auto;
        gap: var(--space-4);
        padding: var(--space-5) var(--space-7) var(--space-4);
        background: var(--colour-page);
        color: var(--colour-text);
      }
      :host([large-text]) {
        --text-scale: var(--large-text-scale);
        /* Larger words take room from the code, which stays well above scanning size. */
        --qr-share: 34cqi;
        --qr-share-dense: 28cqi;
      }
      :host([high-contrast]) {
        --colour-brand: var(--hc-action);
        --colour-on-brand: var(--hc-on-action);
        --colour-pressed: var(--hc-pressed);
        --colour-text: var(--hc-text);
        --colour-text-secondary: var(--hc-text);
        --colour-page: var(--hc-page);
        --colour-button-secondary: var(--hc-page);
      }
      .screen {
        display: grid;
        min-block-size: 0;
      }
      .screen > * {
        min-block-size: 0;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--journey-gap);
      }
      .controls button {
        font-size: clamp(18px, 2.4vmin, 34px);
      }
      @media (orientation: portrait) {
        :host {
          padding-inline: var(--space-6);
        }
      }
    `,
  ];

  @property({ attribute: false }) settings: Settings | undefined;
  /** The screen on screen; set it before connecting to start somewhere other than the menu. */
  @property({ reflect: true }) screen: JourneyScreen = 'menu';
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;
  @property({ type: Boolean, reflect: true, attribute: 'high-contrast' }) highContrast = false;

  readonly #i18n = new I18nController(this);
  readonly #idle = new IdleController(this, {
    idleMs: () => (this.settings?.journey.idleSeconds ?? 60) * 1000,
    countdownSeconds: () => this.settings?.journey.countdownSeconds ?? 15,
    onTimeout: () => this.#end('timeout'),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeyDown);
    void this.#focusScreen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeyDown);
  }

  override willUpdate(): void {
    // The chosen language, even where its file lacks a key and English stands in for it.
    const language = i18n.language;
    this.lang = language;
    this.dir = directionOf(language);
    if (this.screen === 'contact' && !this.settings?.links.contact) this.screen = 'menu';
    if (this.screen === 'review' && this.settings && !reviewRoute(this.settings).url) this.screen = 'menu';
  }

  override updated(changed: PropertyValues<this>): void {
    // Anonymous counts (README, "Posters and counts"): the screen and its code, in this language.
    if (changed.has('screen') && this.settings) countScreen(this.screen, this.settings, this.lang);
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<div
        class="screen"
        @journey-navigate=${(e: GlobalEventHandlersEventMap['journey-navigate']) => void this.#go(e.detail)}
        @journey-done=${() => this.#end('done')}
        @language-choose=${(e: GlobalEventHandlersEventMap['language-choose']) => void this.#chooseLanguage(e.detail)}
      >
        ${this.#renderScreen()}
      </div>
      <div class="controls">
        <button class="secondary directional" data-action="back" @click=${() => void this.back()}>${unsafeSVG(ArrowLeft)}${t('menu.back')}</button>
        <access-toggles
          .largeText=${this.largeText}
          .highContrast=${this.highContrast}
          @access-change=${(e: GlobalEventHandlersEventMap['access-change']) => this.#setAccess(e.detail)}
        ></access-toggles>
      </div>
      <idle-prompt ?open=${this.#idle.phase === 'prompting'} .secondsLeft=${this.#idle.secondsLeft} @idle-stay=${() => this.#idle.stay()}></idle-prompt>`;
  }

  #renderScreen() {
    const settings = this.settings;
    if (!settings) return html``;
    const t = this.#i18n.t.bind(this.#i18n);
    switch (this.screen) {
      case 'menu':
        return html`<journey-menu .hasReview=${reviewRoute(settings).url !== undefined} ?hasContact=${Boolean(settings.links.contact)} ?hasLanguages=${settings.languages.shown.length > 1}></journey-menu>`;
      case 'review':
        return html`<qr-screen .content=${reviewContent(settings, t)}></qr-screen>`;
      case 'complaint':
        return html`<qr-screen .content=${complaintContent(settings, t)}></qr-screen>`;
      case 'contact':
        return html`<qr-screen .content=${contactContent(settings, t)}></qr-screen>`;
      case 'rules':
        return html`<rules-screen .slides=${builtInSlides(settings, t, { lang: this.lang, checked: isChecked })}></rules-screen>`;
      case 'language':
        return html`<language-screen .languages=${settings.languages.shown} .current=${this.lang}></language-screen>`;
    }
  }

  /** One step back: to the menu from any screen, out of the journey from the menu. */
  async back(): Promise<void> {
    if (this.screen === 'menu') return this.#end('back');
    const from = this.screen;
    await this.#go('menu', from);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    // Escape in the idle prompt means "still here", handled there.
    if (event.key !== 'Escape' || this.#idle.phase === 'prompting' || event.defaultPrevented) return;
    event.preventDefault();
    void this.back();
  };

  async #go(screen: JourneyScreen, returningFrom?: JourneyScreen): Promise<void> {
    this.screen = screen;
    await this.#focusScreen(returningFrom);
  }

  async #chooseLanguage(code: string): Promise<void> {
    await loadLanguage(code);
    await i18n.changeLanguage(code);
    await this.#go('menu');
  }

  async #focusScreen(returningFrom?: JourneyScreen): Promise<void> {
    await this.updateComplete;
    const current = this.renderRoot.querySelector<FocusableScreen>('.screen > *');
    if (!current) return;
    await current.updateComplete;
    if (returningFrom && current.focusItem) current.focusItem(returningFrom);
    else current.focusHeading();
  }

  #setAccess(choice: AccessChoice): void {
    this.largeText = choice.largeText;
    this.highContrast = choice.highContrast;
  }

  #end(reason: JourneyEndReason): void {
    this.#idle.stop();
    sendEvent(this, 'journey-close', reason);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'patient-journey': PatientJourney;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The journey ended, and why: the display takes the screen back. */
    'journey-close': CustomEvent<JourneyEndReason>;
  }
}
