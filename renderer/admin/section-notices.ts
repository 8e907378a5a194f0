// Notices: the practice's own messages (a flu clinic, a bank holiday), each with an English
// title and text, optional translations for the languages on show, and optional dates, days
// and times. One notice is edited at a time, beside a preview of its slide.
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { maxLengthAt } from './setting-limits.ts';
import { noticeSummary } from './notice-summary.ts';
import { customElement, property, state } from 'lit/decorators.js';
import type { Notice, Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { WEEKDAYS, type Weekday } from '../../main/common/weekdays.ts';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { languageInfo } from '../../main/common/languages.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt, problemsUnder } from './settings-paths.ts';
import { sectionLayout } from './section-practice.ts';
import { listStyles } from './section-slides.ts';
import { NOTICE_PICTOGRAM } from '../display/pictograms.ts';
import { noticeSlides } from '../display/notice-slides.ts';
import type { AdminField, FieldChange } from './admin-field.ts';
import './admin-field.ts';
import './slide-preview.ts';

/** Monday first, as the settings count. */
export const DAYS: readonly Weekday[] = WEEKDAYS;

/** An id the schema accepts and no other notice has. */
export function newNoticeId(existing: readonly { id: string }[], now = Date.now()): string {
  const taken = new Set(existing.map((n) => n.id));
  let id = `notice-${now.toString(36)}`;
  for (let i = 2; taken.has(id); i++) id = `notice-${now.toString(36)}-${i}`;
  return id;
}

@customElement('section-notices')
export class SectionNotices extends LitElement {
  static override styles = [
    adminBase,
    sectionLayout,
    listStyles,
    css`
      .list {
        grid-column: 1 / -1;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 var(--space-4);
      }
      legend {
        font-weight: var(--font-weight-bold);
        font-size: 22px;
        margin-block-end: var(--space-2);
      }
      .days {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
      .days label {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-block-size: 56px;
        padding-inline: var(--space-3);
        border: 2px solid var(--colour-surface);
        border-radius: var(--radius);
      }
      .days input {
        inline-size: 32px;
        block-size: 32px;
        margin: 0;
        accent-color: var(--colour-brand);
      }
      .pair {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--space-4);
      }
      .translation {
        border-block-start: 2px solid var(--colour-surface);
        padding-block-start: var(--space-3);
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];
  /** The id of the notice being edited. */
  @state() private editing: string | undefined;

  #change(path: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent<FieldChange>('field-change', { detail: { path, value }, bubbles: true, composed: true }));
  }

  #add(): void {
    const id = newNoticeId(this.draft.notices);
    const notice: Notice = { id, title: '', body: '', translations: {} };
    this.#change('notices', [...this.draft.notices, notice]);
    this.editing = id;
    // Straight to the title, so the on-screen keyboard is up at once.
    void this.updateComplete.then(async () => {
      const title = this.renderRoot.querySelector<AdminField>('admin-field[path$=".title"]');
      await title?.updateComplete;
      title?.focus();
    });
  }

  #remove(id: string): void {
    this.#change(
      'notices',
      this.draft.notices.filter((n) => n.id !== id),
    );
    if (this.editing === id) this.editing = undefined;
  }

  #editor(notice: Notice, index: number) {
    const at = `notices.${index}`;
    const error = (field: string) => problemAt(this.problems, `${at}.${field}`) ?? '';
    const days = notice.days ?? [];
    const otherLanguages = this.draft.languages.shown.filter((code) => code !== 'en');
    const setTranslation = (code: string, part: 'title' | 'body', value: string) => {
      const current = notice.translations[code as keyof Notice['translations']] ?? { title: '', body: '' };
      const next = { ...current, [part]: value ?? '' };
      this.#change(`${at}.translations.${code}`, next.title.trim() === '' && next.body.trim() === '' ? undefined : next);
    };
    return html`<div class="card">
        <h3>${notice.title || TEXT.notices.untitled}</h3>
        <admin-field path="${at}.title" label=${TEXT.notices.title} .value=${notice.title} .error=${error('title')}></admin-field>
        <admin-field path="${at}.body" kind="textarea" label=${TEXT.notices.body} .value=${notice.body} .error=${error('body')}></admin-field>
        <div class="pair">
          <admin-field path="${at}.startDate" kind="date" optional label=${TEXT.notices.startDate} .value=${notice.startDate ?? ''} .error=${error('startDate')}></admin-field>
          <admin-field path="${at}.endDate" kind="date" optional label=${TEXT.notices.endDate} .value=${notice.endDate ?? ''} .error=${error('endDate')}></admin-field>
        </div>
        <fieldset>
          <legend>${TEXT.notices.days}</legend>
          <div class="days">
            ${DAYS.map(
              (day) =>
                html`<label
                  ><input
                    type="checkbox"
                    .checked=${live(days.includes(day))}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      const next = DAYS.filter((d) => (d === day ? on : days.includes(d)));
                      this.#change(`${at}.days`, next.length > 0 ? next : undefined);
                    }}
                  />${TEXT.days[day]}</label
                >`,
            )}
          </div>
          <p class="error">${error('days')}</p>
        </fieldset>
        <div class="pair">
          <admin-field path="${at}.from" kind="time" optional label=${TEXT.notices.from} .value=${notice.from ?? ''} .error=${error('from')}></admin-field>
          <admin-field path="${at}.until" kind="time" optional label=${TEXT.notices.until} .value=${notice.until ?? ''} .error=${error('until')}></admin-field>
        </div>
        ${otherLanguages.length > 0
          ? html`<h3>${TEXT.notices.translations}</h3>
              <p class="hint">${TEXT.notices.translationsHint}</p>
              ${otherLanguages.map((code) => {
                const name = languageInfo(code)?.english ?? code;
                const words = notice.translations[code];
                const stop = (part: 'title' | 'body') => (e: CustomEvent<FieldChange>) => {
                  e.stopPropagation();
                  setTranslation(code, part, String(e.detail.value ?? ''));
                };
                return html`<div class="translation" lang=${code} dir=${languageInfo(code)?.dir ?? 'ltr'}>
                  <admin-field label=${TEXT.notices.translationTitle(name)} .maxlength=${maxLengthAt(`${at}.translations.${code}.title`)} .value=${words?.title ?? ''} .error=${error(`translations.${code}.title`)} @field-change=${stop('title')}></admin-field>
                  <admin-field kind="textarea" label=${TEXT.notices.translationBody(name)} .maxlength=${maxLengthAt(`${at}.translations.${code}.body`)} .value=${words?.body ?? ''} .error=${error(`translations.${code}.body`)} @field-change=${stop('body')}></admin-field>
                </div>`;
              })}`
          : nothing}
        <button class="primary" @click=${() => (this.editing = undefined)}>${TEXT.notices.done}</button>
      </div>
      <div class="card">
        <h3>${TEXT.home.preview}</h3>
        <slide-preview key="notice:${notice.id}" .label=${i18n.t('display.notice', { lng: 'en' })} .practiceName=${this.draft.practice.name} .headline=${notice.title} .body=${notice.body} .pictogram=${NOTICE_PICTOGRAM}></slide-preview>
        ${this.#translationPreviews(notice)}
      </div>`;
  }

  /** Languages whose files were asked for once (a missing file is not asked for again). */
  readonly #asked = new Set<string>();

  /** Each translation as patients who chose that language see it: its own font, direction and fit. */
  #translationPreviews(notice: Notice) {
    // noticeSlides decides, as on the display, whether a translation is used (it marks the slide
    // with that language) and asks for the label in the slide's own language.
    const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options });
    const previews = this.draft.languages.shown
      .filter((code) => code !== 'en')
      .flatMap((code) => noticeSlides([notice], code, t).flatMap((slide) => (slide.lang === code ? [{ code, slide }] : [])));
    const missing = previews.map((p) => p.code).filter((code) => !i18n.hasResourceBundle(code, 'kiosk') && !this.#asked.has(code));
    for (const code of missing) this.#asked.add(code);
    // The slide's own small label comes from that language's file: load it, then draw again.
    if (missing.length > 0) void Promise.all(missing.map((code) => loadLanguage(code).catch(() => undefined))).then(() => this.requestUpdate());
    return previews.map(
      ({ code, slide }) =>
        html`<h4>${TEXT.notices.previewIn(languageInfo(code)?.english ?? code)}</h4>
        <slide-preview
          key="notice:${notice.id}:${code}"
          .slideLang=${slide.lang}
          .slideDir=${slide.dir}
          .label=${slide.label ?? ''}
          .practiceName=${this.draft.practice.name}
          .headline=${slide.headline}
          .body=${slide.body}
          .pictogram=${slide.pictogram}
        ></slide-preview>`,
    );
  }

  override render() {
    const notices = this.draft.notices;
    const index = notices.findIndex((n) => n.id === this.editing);
    const editing = notices[index];
    return html`<div class="card list">
        <h2>${TEXT.sections.notices}</h2>
        <p>${TEXT.notices.intro}</p>
        <p class="error" role="alert">${problemAt(this.problems, 'notices') ?? ''}</p>
        ${notices.length === 0
          ? html`<p>${TEXT.notices.none}</p>`
          : html`<ol>
              ${notices.map((notice, i) => {
                const title = notice.title || TEXT.notices.untitled;
                const bad = problemsUnder(this.problems, `notices.${i}`).length > 0;
                return html`<li>
                  <span class="name">${title}${bad ? html` <span class="error">●</span>` : nothing}<span class="sub">${noticeSummary(notice)}</span></span>
                  <button aria-label=${TEXT.notices.editNamed(title)} aria-pressed=${String(notice.id === this.editing)} @click=${() => (this.editing = notice.id)}>${TEXT.notices.edit}</button>
                  <button class="danger" aria-label=${TEXT.notices.removeNamed(title)} @click=${() => this.#remove(notice.id)}>${TEXT.notices.remove}</button>
                </li>`;
              })}
            </ol>`}
        <button class="primary" ?disabled=${notices.length >= 20} @click=${this.#add}>${TEXT.notices.add}</button>
      </div>
      ${editing ? this.#editor(editing, index) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-notices': SectionNotices;
  }
}
