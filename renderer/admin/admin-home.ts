// The admin home: a list of sections and one open at a time. It owns the draft settings, checks
// them with the same zod schema as the server (loaded lazily, so zod never reaches the
// patient's bundle) and saves with If-Match, so a save based on an old version is refused
// rather than overwriting someone else's. Sections get the draft and its problems as
// properties and send `field-change` events back.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { AdminApiError, type AdminApi, type AdminStatus, type SettingsRevision } from './admin-api.ts';
import { problemsUnder, setPath } from './settings-paths.ts';
import { findTextThatDoesNotFit } from './fit-check.ts';
import { mergeSettings, valueAt } from './merge-settings.ts';
import { settingLabel } from './setting-labels.ts';
import { httpsUrlProblem } from '../../main/common/https-url.ts';
import { reviewAddressProblem } from '../../main/common/nation-preset.ts';
import { describePath, describeValue } from './settings-diff.ts';
import type { FieldChange } from './admin-field.ts';
import './section-practice.ts';
import './section-links.ts';
import './section-nation.ts';
import './section-slides.ts';
import './section-notices.ts';
import './section-languages.ts';
import './section-hours.ts';
import './section-journey.ts';
import './section-remote.ts';
import './section-security.ts';
import './section-history.ts';
import './section-transfer.ts';
import './section-counts.ts';

export const SECTIONS = ['practice', 'links', 'nation', 'slides', 'notices', 'languages', 'hours', 'journey', 'remote', 'security', 'history', 'transfer', 'counts'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Which settings each section edits, so its tab can show it has a problem. */
const SECTION_PATHS: Partial<Record<SectionId, string[]>> = {
  practice: ['practice'],
  links: ['links', 'complaintsContact'],
  nation: ['nationDetails'],
  slides: ['display'],
  notices: ['notices'],
  languages: ['languages'],
  hours: ['openingHours'],
  journey: ['journey'],
  remote: ['remoteAdmin'],
  counts: ['counts'],
};

type Validate = (input: unknown) => { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };
let validator: Promise<Validate> | undefined;
const loadValidator = () =>
  (validator ??= (async () => {
    // zod probes for eval when a schema is built, to speed parsing up; the page's CSP forbids
    // eval, so it is told first, before the settings schema is built.
    const { z } = await import('zod');
    z.config({ jitless: true });
    return (await import('../../main/common/settings-schema.ts')).validateSettings;
  })());

@customElement('admin-home')
export class AdminHome extends LitElement {
  static override styles = [
    adminBase,
    css`
      :host {
        display: grid;
        grid-template-columns: 300px minmax(0, 1fr);
        grid-template-rows: minmax(0, 1fr) auto;
        block-size: 100%;
      }
      nav {
        grid-row: 1 / 3;
        overflow: auto;
        padding: var(--space-3);
        background: var(--colour-page);
        border-inline-end: 1px solid var(--nhs-mid-grey);
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-2);
      }
      nav button {
        inline-size: 100%;
        text-align: start;
        border-color: transparent;
      }
      nav button[aria-current='page'] {
        background: var(--colour-brand);
        color: var(--colour-on-brand);
      }
      nav .guide {
        margin-block-start: var(--space-4);
        font-size: 17px;
        color: var(--colour-text-secondary);
      }
      nav .flag {
        color: var(--nhs-red);
        margin-inline-start: var(--space-2);
      }
      nav button[aria-current='page'] .flag {
        color: var(--colour-on-brand);
      }
      .section {
        overflow: auto;
        padding: var(--space-4);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-3);
        padding: var(--space-3) var(--space-4);
        background: var(--colour-page);
        border-block-start: 4px solid var(--colour-brand);
      }
      .bar p {
        flex: 1 1 20em;
        margin: 0;
      }
      .summary {
        margin-block-end: var(--space-4);
        padding: var(--space-4);
        border: 5px solid var(--nhs-red);
        background: var(--colour-page);
      }
      .summary:focus {
        outline: 4px solid var(--colour-focus);
      }
      .summary ul {
        margin: 0;
        padding-inline-start: var(--space-4);
      }
      .summary li {
        margin-block: var(--space-2);
      }
      .summary a {
        color: var(--nhs-red);
        font-weight: var(--font-weight-bold);
        display: inline-block;
        min-block-size: 44px;
        padding-block: var(--space-2);
      }
      .clash {
        margin-block-end: var(--space-4);
        padding: var(--space-4);
        border: 4px solid var(--nhs-red);
        background: var(--colour-page);
      }
      .clash button {
        margin-inline-end: var(--space-3);
      }
      @media (max-aspect-ratio: 1/1), (max-width: 900px) {
        :host {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto minmax(0, 1fr) auto;
        }
        nav {
          grid-row: auto;
          border-inline-end: none;
          border-block-end: 1px solid var(--nhs-mid-grey);
        }
        nav ul {
          grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        }
      }
    `,
  ];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) status!: AdminStatus;
  @state() private section: SectionId = 'practice';
  @state() private saved: SettingsRevision | undefined;
  @state() private draft: Settings | undefined;
  @state() private problems: SettingsProblem[] = [];
  @state() private message = '';
  @state() private messageIsError = false;
  @state() private conflict = false;
  /** After "Load their changes": what they saved, and the settings we both changed differently. */
  @state() private clash: { theirs: SettingsRevision; paths: readonly string[] } | undefined;
  @state() private saving = false;
  /** A save was refused for problems: the summary at the top lists them until they are fixed. */
  @state() private showSummary = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
    void loadValidator();
  }

  get dirty(): boolean {
    return !!this.draft && !!this.saved && JSON.stringify(this.draft) !== JSON.stringify(this.saved.settings);
  }

  /** Loads the saved settings, dropping the draft. */
  async reload(message = ''): Promise<void> {
    try {
      this.saved = await this.api.settings();
      this.draft = this.saved.settings;
      this.problems = [];
      this.conflict = false;
      this.clash = undefined;
      this.#say(message);
    } catch (error) {
      this.#fail(error);
    }
  }

  #say(message: string, isError = false): void {
    this.message = message;
    this.messageIsError = isError;
  }

  #fail(error: unknown): void {
    if (error instanceof AdminApiError && error.status === 401) {
      this.dispatchEvent(new CustomEvent('session-lost', { bubbles: true, composed: true }));
      return;
    }
    this.#say(error instanceof Error ? error.message : String(error), true);
  }

  async #onFieldChange(event: CustomEvent<FieldChange>): Promise<void> {
    if (!this.draft || !event.detail.path) return;
    event.stopPropagation();
    this.draft = setPath(this.draft, event.detail.path, event.detail.value);
    this.conflict = false;
    const validate = await loadValidator();
    const result = validate(this.draft);
    this.problems = result.ok ? [] : result.problems;
    if (this.problems.length === 0) this.showSummary = false;
    this.#say(this.dirty ? TEXT.home.unsaved : '');
  }

  /** Called by sections that change the saved settings themselves (history, import). */
  #onSettingsReplaced(event: CustomEvent<{ saved: SettingsRevision; message: string }>): void {
    this.saved = event.detail.saved;
    this.draft = event.detail.saved.settings;
    this.problems = [];
    this.#say(event.detail.message);
  }

  /** The section that edits a setting path. */
  #sectionOf(path: string): SectionId | undefined {
    const top = path.split('.')[0] ?? '';
    return (Object.entries(SECTION_PATHS) as [SectionId, string[]][]).find(([, paths]) => paths.includes(top))?.[0];
  }

  /** From the error summary: open the field's section and put focus in the field. */
  async #goToProblem(event: Event, problem: SettingsProblem): Promise<void> {
    event.preventDefault();
    const section = this.#sectionOf(problem.path);
    if (section && section !== this.section) this.#open(section);
    await this.updateComplete;
    const body = this.renderRoot.querySelector('.section > :last-child') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await body?.updateComplete;
    const fields = [...(body?.shadowRoot?.querySelectorAll<HTMLElement & { path: string; error: string }>('admin-field') ?? [])];
    const field = fields.find((f) => f.path === problem.path) ?? fields.find((f) => f.error !== '');
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
    } else {
      body?.shadowRoot?.querySelector<HTMLElement>('h2')?.scrollIntoView();
    }
  }

  /** The problem in words: a web address says exactly what is wrong with it. */
  #problemText(problem: SettingsProblem): string {
    const value = this.draft ? valueAt(this.draft, problem.path) : undefined;
    const reviewProblem = problem.path === 'links.review' && typeof value === 'string' ? reviewAddressProblem(value) : undefined;
    const message = /^links\./.test(problem.path) && typeof value === 'string' ? (httpsUrlProblem(value) ?? reviewProblem ?? problem.message) : problem.message;
    return `${settingLabel(problem.path, this.draft)}: ${message}`;
  }

  #summary() {
    if (!this.showSummary || this.problems.length === 0) return nothing;
    return html`<div class="summary" role="alert" aria-labelledby="summary-heading" tabindex="-1">
      <h2 id="summary-heading">${TEXT.home.summaryHeading}</h2>
      <ul>
        ${this.problems.map((problem) => html`<li><a href="#" @click=${(e: Event) => void this.#goToProblem(e, problem)}>${this.#problemText(problem)}</a></li>`)}
      </ul>
    </div>`;
  }

  #open(id: SectionId): void {
    // Each section starts at its heading, not where the last one was scrolled to.
    if (id !== this.section) void this.updateComplete.then(() => this.renderRoot.querySelector('.section')?.scrollTo(0, 0));
    this.section = id;
    // With nothing of their own to lose, staff see what anyone else has saved meanwhile.
    if (!this.dirty && !this.conflict) void this.reload(this.message);
  }

  /**
   * Their saved settings with my draft on top. Changes to different settings are both kept;
   * settings we both changed are listed so staff choose, never silently dropped.
   */
  async loadTheirs(): Promise<void> {
    if (!this.draft || !this.saved) return;
    try {
      const theirs = await this.api.settings();
      const { merged, conflicts } = mergeSettings(this.saved.settings, this.draft, theirs.settings, 'mine');
      this.conflict = false;
      if (conflicts.length > 0) {
        this.clash = { theirs, paths: conflicts };
        this.#say(TEXT.home.clash(conflicts.length), true);
        return;
      }
      this.saved = theirs;
      this.draft = merged;
      this.#say(this.dirty ? TEXT.home.merged : TEXT.home.noChanges);
    } catch (error) {
      this.#fail(error);
    }
  }

  #resolveClash(prefer: 'mine' | 'theirs'): void {
    if (!this.clash || !this.draft || !this.saved) return;
    const { merged } = mergeSettings(this.saved.settings, this.draft, this.clash.theirs.settings, prefer);
    this.saved = this.clash.theirs;
    this.draft = merged;
    this.clash = undefined;
    this.#say(this.dirty ? TEXT.home.merged : TEXT.home.noChanges);
  }

  #clashList() {
    const clash = this.clash;
    if (!clash || !this.draft) return nothing;
    return html`<div class="clash" role="group" aria-labelledby="clash-heading">
      <h2 id="clash-heading">${TEXT.home.clashHeading}</h2>
      <ul>
        ${clash.paths.map(
          (path) =>
            html`<li>
              <strong>${describePath(path)}</strong>: ${TEXT.home.yours} “${describeValue(valueAt(this.draft, path))}”, ${TEXT.home.theirs}
              “${describeValue(valueAt(clash.theirs.settings, path))}”
            </li>`,
        )}
      </ul>
      <button class="primary" @click=${() => this.#resolveClash('mine')}>${TEXT.home.keepMine}</button>
      <button @click=${() => this.#resolveClash('theirs')}>${TEXT.home.useTheirs}</button>
    </div>`;
  }

  /** True when the draft is saved (or there was nothing to save). */
  async save(): Promise<boolean> {
    if (!this.draft || !this.saved) return false;
    const validate = await loadValidator();
    const result = validate(this.draft);
    if (!result.ok) {
      this.problems = result.problems;
      this.#say(TEXT.home.fixFirst(result.problems.length), true);
      this.showSummary = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus());
      return false;
    }
    const tooLong = await findTextThatDoesNotFit(this.draft);
    if (tooLong.length > 0) {
      this.#say(TEXT.home.tooLong(tooLong.join(', ')), true);
      return false;
    }
    this.saving = true;
    this.#say(TEXT.home.saving);
    try {
      this.saved = await this.api.save(this.draft, this.saved.revision);
      this.draft = this.saved.settings;
      this.#say(TEXT.home.saved);
      return true;
    } catch (error) {
      if (error instanceof AdminApiError && error.status === 412) {
        this.conflict = true;
        this.#say(TEXT.home.conflict, true);
      } else if (error instanceof AdminApiError && error.status === 422 && error.errors.length > 0) {
        this.problems = [...error.errors];
        this.#say(TEXT.home.fixFirst(error.errors.length), true);
        this.showSummary = true;
      } else {
        this.#fail(error);
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  #sectionBody() {
    const draft = this.draft;
    if (!draft || !this.saved) return nothing;
    const common = { draft, problems: this.problems };
    switch (this.section) {
      case 'practice':
        return html`<section-practice .draft=${common.draft} .problems=${common.problems}></section-practice>`;
      case 'links':
        return html`<section-links .draft=${common.draft} .problems=${common.problems}></section-links>`;
      case 'nation':
        return html`<section-nation .draft=${common.draft} .problems=${common.problems}></section-nation>`;
      case 'slides':
        return html`<section-slides .draft=${common.draft} .problems=${common.problems}></section-slides>`;
      case 'notices':
        return html`<section-notices .draft=${common.draft} .problems=${common.problems}></section-notices>`;
      case 'languages':
        return html`<section-languages .draft=${common.draft} .problems=${common.problems}></section-languages>`;
      case 'hours':
        return html`<section-hours .draft=${common.draft} .problems=${common.problems}></section-hours>`;
      case 'journey':
        return html`<section-journey .draft=${common.draft} .problems=${common.problems}></section-journey>`;
      case 'remote':
        return html`<section-remote .draft=${common.draft} .problems=${common.problems} .api=${this.api} .status=${this.status}></section-remote>`;
      case 'security':
        return html`<section-security .api=${this.api} .status=${this.status}></section-security>`;
      case 'history':
        return html`<section-history .api=${this.api} .saved=${this.saved}></section-history>`;
      case 'transfer':
        return html`<section-transfer .api=${this.api} .saved=${this.saved}></section-transfer>`;
      case 'counts':
        return html`<section-counts .draft=${common.draft} .problems=${common.problems} .api=${this.api} .status=${this.status}></section-counts>`;
    }
  }

  override render() {
    const editsDraft = this.section in SECTION_PATHS;
    return html`<nav aria-label=${TEXT.home.sections}>
        <ul>
          ${SECTIONS.map((id) => {
            const flagged = (SECTION_PATHS[id] ?? []).some((p) => problemsUnder(this.problems, p).length > 0);
            return html`<li>
              <button aria-current=${this.section === id ? 'page' : 'false'} @click=${() => this.#open(id)}>
                ${TEXT.sections[id]}${flagged ? html`<span class="flag" aria-hidden="true">●</span><span class="visually-hidden">, ${TEXT.home.sectionHasProblems}</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>
        <p class="guide">${TEXT.home.guide}</p>
      </nav>
      <div
        class="section"
        @field-change=${this.#onFieldChange}
        @settings-replaced=${this.#onSettingsReplaced}
        @admin-error=${(e: CustomEvent<unknown>) => this.#fail(e.detail)}
      >
        ${this.#summary()} ${this.#clashList()} ${this.#sectionBody()}
      </div>
      ${editsDraft || this.message
        ? html`<div class="bar">
            <p class=${this.messageIsError ? 'error' : ''} role="status">${this.message || (this.dirty ? TEXT.home.unsaved : TEXT.home.noChanges)}</p>
            ${this.conflict ? html`<button @click=${() => void this.loadTheirs()}>${TEXT.home.reload}</button>` : nothing}
            <button ?disabled=${!this.dirty} @click=${() => void this.reload()}>${TEXT.home.undo}</button>
            <button class="primary" ?disabled=${!this.dirty || this.saving} @click=${() => void this.save()}>${TEXT.home.save}</button>
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-home': AdminHome;
  }
}
