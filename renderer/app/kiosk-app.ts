// The page's root: loads settings and text, and lays out the header, the rotating display and
// the footer. It owns the state; children get properties and send events back.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Settings } from '../../main/common/settings-schema.ts';
import { SettingsSource } from '../settings/settings-source.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { i18n, initI18n, isChecked, loadLanguage } from '../i18n/i18n.ts';
import { languageStyles } from '../i18n/language-styles.ts';
import { displaySlides } from '../display/slide-content.ts';
import { reviewRoute } from '../../main/common/nation-preset.ts';
import { displayPasses, languagesOf, type DisplayPass } from '../display/display-languages.ts';
import { noticeSlides } from '../display/notice-slides.ts';
import { ScheduleController } from '../display/schedule-controller.ts';
import { isOpenAt, liveNotices } from '../../main/common/schedule.ts';
import '../display/slide-show.ts';
import '../display/closed-screen.ts';
import { closedTexts } from '../display/closed-content.ts';
import type { JourneyScreen } from '../journey/journey-screen.ts';
import '../journey/invite-bar.ts';
import '../journey/patient-journey.ts';
import '../admin/admin-corner.ts';

@customElement('kiosk-app')
export class KioskApp extends LitElement {
  static override styles = [
    languageStyles,
    css`
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
      padding-block: var(--space-4);
      padding-inline: var(--space-7);
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
  `,
  ];

  @state() private settings: Settings | undefined;
  /** The journey a patient is on, and the screen it opened on; undefined while the display rotates. */
  @state() private journey: JourneyScreen | undefined;
  /** Staff have held the corner: the admin screens (loaded on demand) cover the display. */
  @state() private adminOpen = false;
  /** Which pass of the display's language rotation is on screen. */
  @state() private passIndex = 0;

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
    await this.#apply(settings);
    this.#source.watch((settings) => void this.#apply(settings));
  }

  async #openAdmin(): Promise<void> {
    // Loaded only now, so the patient's bundle never carries the staff screens or zod.
    await import('../admin/admin-shell.ts');
    this.adminOpen = true;
  }

  /** Loads the languages the settings need (text and fonts) before showing them. */
  async #apply(settings: Settings): Promise<void> {
    // The display's languages, and every offered one: the journey's language grid names each
    // in its own script, and a patient's choice should switch at once.
    const needed = new Set([settings.languages.default, ...settings.languages.shown, ...languagesOf(displayPasses(settings.languages))]);
    await Promise.all([...needed].map((code) => loadLanguage(code).catch((e: unknown) => console.warn('language not loaded', code, e))));
    const defaultChanged = settings.languages.default !== this.settings?.languages.default;
    this.settings = settings;
    if (defaultChanged) await i18n.changeLanguage(settings.languages.default);
  }

  #passes(settings: Settings): DisplayPass[] {
    return displayPasses(settings.languages);
  }

  readonly #hasText = (key: string, lang: string) => i18n.getResource(lang, 'kiosk', key) !== undefined;

  /** After the last slide comes the first again: time for the next language. */
  readonly #onSlideChange = (event: GlobalEventHandlersEventMap['slide-change']) => {
    const settings = this.settings;
    if (!settings || event.detail.key !== settings.display.slides[0]) return;
    this.passIndex = (this.passIndex + 1) % this.#passes(settings).length;
  };

  override render() {
    const settings = this.settings;
    if (!settings) return nothing;
    const t = this.#i18n.t.bind(this.#i18n);
    const now = this.#schedule.now;
    // Staff can get in whether the practice is open or not.
    const admin = html`<admin-corner @admin-open=${() => void this.#openAdmin()}></admin-corner>
      ${this.adminOpen ? html`<admin-shell surface="kiosk" @admin-close=${() => (this.adminOpen = false)}></admin-shell>` : nothing}`;
    // One template whatever the hour: the staff screen stays in the same place in it, so the
    // practice closing (or staff saving hours that close it) never rebuilds it mid-edit.
    const screen = isOpenAt(settings.openingHours, now)
      ? this.#openScreen(settings, t, now)
      : html`<closed-screen .practice=${settings.practice.name} .texts=${closedTexts(settings, now, t, this.#hasText)}></closed-screen>`;
    return html`${screen}${admin}`;
  }

  #openScreen(settings: Settings, t: I18nController['t'], now: Date) {
    const passes = this.#passes(settings);
    const pass = passes[this.passIndex % passes.length]!;
    const labelled = languagesOf(passes).length > 1;
    // Notices follow the pass's leading language (English as typed where staff gave none).
    const slides = [...displaySlides(settings, pass, t, this.#hasText, labelled, isChecked), ...noticeSlides(liveNotices(settings.notices, now), pass.primary, t)];
    return html`<header><h1>${settings.practice.name}</h1></header>
      <slide-show
        ?hidden=${this.journey !== undefined}
        ?paused=${this.journey !== undefined || this.adminOpen}
        data-pass=${this.passIndex % passes.length}
        @slide-change=${this.#onSlideChange}
        .slides=${slides}
        .dwellMs=${settings.display.dwellSeconds * 1000}
        ?cut=${!settings.display.transitions}
        .progressLabel=${(current: number, total: number) => t('display.progress', { current, total })}
      ></slide-show>
      ${this.journey
        ? html`<patient-journey .settings=${settings} .screen=${this.journey} @journey-close=${this.#closeJourney}></patient-journey>`
        : html`<invite-bar
            ?showLanguage=${settings.languages.shown.length > 1}
            .hasReview=${reviewRoute(settings).url !== undefined}
            @journey-open=${this.#openJourney}></invite-bar>`}`;
  }

  #openJourney(event: GlobalEventHandlersEventMap['journey-open']): void {
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
