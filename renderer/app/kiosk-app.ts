// The page's root: loads settings and text, and lays out the header, the rotating display and
// the footer. It owns the state; children get properties and send events back.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Settings } from '../../main/common/settings-schema.ts';
import { SettingsSource } from '../settings/settings-source.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { i18n, initI18n } from '../i18n/i18n.ts';
import { builtInSlides } from '../display/slide-content.ts';
import { noticeSlides } from '../display/notice-slides.ts';
import { ScheduleController } from '../display/schedule-controller.ts';
import { isOpenAt, liveNotices } from '../../main/common/schedule.ts';
import '../display/slide-show.ts';
import '../display/closed-screen.ts';
import type { JourneyScreen } from '../journey/journey-screen.ts';
import '../journey/invite-bar.ts';
import '../journey/patient-journey.ts';

@customElement('kiosk-app')
export class KioskApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr) auto;
      block-size: 100vh;
      block-size: 100dvh;
      overflow: hidden;
    }
    header {
      display: flex;
      align-items: center;
      padding: var(--space-4) var(--space-7);
      background: var(--colour-brand);
      color: var(--colour-on-brand);
    }
    slide-show[hidden] {
      display: none;
    }
    h1 {
      margin: 0;
      font-size: clamp(24px, 4vmin, 56px);
      font-weight: var(--font-weight-bold);
      overflow-wrap: anywhere;
    }
  `;

  @state() private settings: Settings | undefined;
  /** The journey a patient is on, and the screen it opened on; undefined while the display rotates. */
  @state() private journey: JourneyScreen | undefined;

  readonly #i18n = new I18nController(this);
  readonly #source = new SettingsSource();
  readonly #schedule = new ScheduleController(this, () => this.settings);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#source.close();
  }

  async #start(): Promise<void> {
    const [settings] = await Promise.all([this.#source.load(), initI18n()]);
    this.settings = settings;
    this.#source.watch((settings) => (this.settings = settings));
  }

  override render() {
    const settings = this.settings;
    if (!settings) return nothing;
    const t = this.#i18n.t.bind(this.#i18n);
    const now = this.#schedule.now;
    if (!isOpenAt(settings.openingHours, now)) {
      return html`<closed-screen .practice=${settings.practice.name} .message=${t('display.closed')}></closed-screen>`;
    }
    const slides = [...builtInSlides(settings, t), ...noticeSlides(liveNotices(settings.notices, now), i18n.language, t)];
    return html`<header><h1>${settings.practice.name}</h1></header>
      <slide-show
        ?hidden=${this.journey !== undefined}
        ?paused=${this.journey !== undefined}
        .slides=${slides}
        .dwellMs=${settings.display.dwellSeconds * 1000}
        ?cut=${!settings.display.transitions}
        .progressLabel=${(current: number, total: number) => t('display.progress', { current, total })}
      ></slide-show>
      ${this.journey
        ? html`<patient-journey .settings=${settings} .screen=${this.journey} @journey-close=${this.#closeJourney}></patient-journey>`
        : html`<invite-bar ?showLanguage=${settings.languages.shown.length > 1} @journey-open=${this.#openJourney}></invite-bar>`}`;
  }

  #openJourney(event: CustomEvent<JourneyScreen>): void {
    this.journey = event.detail;
  }

  async #closeJourney(): Promise<void> {
    this.journey = undefined;
    // The next patient starts in the practice's default language.
    const fallback = this.settings?.languages.default ?? 'en';
    if (i18n.language !== fallback) await i18n.changeLanguage(fallback);
    await this.updateComplete;
    this.renderRoot.querySelector('invite-bar')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
  }
}
