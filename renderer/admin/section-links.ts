// Links: where the patient's QR codes go (review, complaints, contact) and the complaints
// contact details shown when there is no online form. Each link has its own QR code, so staff
// can check it with a phone before saving. The review link follows the practice's nation
// (main/common/nation-preset.ts): staff see where the code goes now, and in England can build
// the practice's NHS website page from its ODS code and name part instead of pasting it.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { FIND_A_GP, isDefaultReview, isOdsCode, isProfileSlug, nhsProfileUrl, reviewAddressProblem, reviewRoute, setUpWarnings } from '../../main/common/nation-preset.ts';
import { httpsUrlProblem } from '../../main/common/https-url.ts';
import { sectionLayout } from './section-practice.ts';
import './admin-field.ts';
import type { FieldChange } from './admin-field.ts';
import './admin-qr-code.ts';

const LINKS = [
  // Optional: left empty, the review link is its "not set" default and the nation decides.
  { key: 'review', label: TEXT.links.review, hint: TEXT.links.reviewHint, optional: true },
  { key: 'complaints', label: TEXT.links.complaints, hint: TEXT.links.complaintsHint, optional: true },
  { key: 'contact', label: TEXT.links.contact, hint: TEXT.links.contactHint, optional: true },
] as const;

@customElement('section-links')
export class SectionLinks extends LitElement {
  static override styles = [
    adminBase,
    sectionLayout,
    css`
      .link {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 160px;
        gap: var(--space-3);
        align-items: end;
      }
      admin-qr-code {
        inline-size: 160px;
        margin-block-end: var(--space-4);
      }
      :host {
        grid-template-columns: minmax(0, 1fr);
      }
      /* Not an error (the kiosk works), but patients would land on a general page. */
      .set-up-warning {
        border-inline-start: 8px solid var(--nhs-warm-yellow);
        padding-inline-start: var(--space-3);
        font-weight: var(--font-weight-bold);
      }
      .address {
        overflow-wrap: anywhere;
        font-weight: var(--font-weight-bold);
      }
      .builder {
        border-block-start: 1px solid var(--nhs-mid-grey);
        padding-block-start: var(--space-3);
      }
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  /** An emptied review box stores the "not set" value itself, so the draft matches a saved default. */
  readonly #onReviewChange = (event: CustomEvent<FieldChange>): void => {
    if (event.detail.value !== undefined) return;
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent<FieldChange>('field-change', { detail: { path: 'links.review', value: FIND_A_GP }, bubbles: true, composed: true }));
  };

  /** The draft with the ODS code and name part as the server will store them, or left out while not valid. */
  #normalised(): Settings {
    const { reviewOdsCode, reviewProfileSlug } = this.draft.links;
    const ods = reviewOdsCode?.trim().toUpperCase();
    const slug = reviewProfileSlug?.trim().toLowerCase();
    return {
      ...this.draft,
      links: {
        ...this.draft.links,
        review: this.draft.links.review ?? FIND_A_GP,
        reviewOdsCode: ods && isOdsCode(ods) ? ods : undefined,
        reviewProfileSlug: slug && isProfileSlug(slug) ? slug : undefined,
      },
    };
  }

  /** Where the review code goes in this nation, and (England) the page built from its two parts. */
  #reviewRoute(error: (path: string) => string) {
    const draft = this.#normalised();
    const nation = draft.practice.nation;
    const { reviewOdsCode: ods, reviewProfileSlug: slug } = draft.links;
    const raw = this.draft.links;
    const route = error('links.review') ? undefined : reviewRoute(draft);
    const builder =
      nation === 'england'
        ? html`<div class="builder">
            <h3>${TEXT.links.builder}</h3>
            <p>${TEXT.links.builderIntro}</p>
            <admin-field path="links.reviewProfileSlug" optional label=${TEXT.links.profileSlug} hint=${TEXT.links.profileSlugHint} .value=${raw.reviewProfileSlug ?? ''} .error=${error('links.reviewProfileSlug')}></admin-field>
            <admin-field path="links.reviewOdsCode" optional label=${TEXT.links.odsCode} hint=${TEXT.links.odsCodeHint} .value=${raw.reviewOdsCode ?? ''} .error=${error('links.reviewOdsCode')}></admin-field>
            ${ods && slug ? html`<p>${TEXT.links.built}</p><p class="address" data-built>${nhsProfileUrl(slug, ods)}</p>` : nothing}
          </div>`
        : nothing;
    return html`<p>${TEXT.links.reviewByNation[nation]}</p>
      ${builder}
      <p>${TEXT.links.goesTo}</p>
      <div class="link">
        <p class="address" data-review-goes-to>${route ? (route.url ?? TEXT.links.noReviewCode) : ''}</p>
        ${route?.url ? html`<admin-qr-code .value=${route.url} label="${TEXT.links.scan}: ${TEXT.links.goesTo}"></admin-qr-code>` : nothing}
      </div>`;
  }

  override render() {
    const { links, complaintsContact: contact } = this.draft;
    const error = (path: string) => problemAt(this.problems, path) ?? '';
    return html`<div class="card">
        <h2>${TEXT.sections.links}</h2>
        <p>${TEXT.links.intro}</p>
        ${setUpWarnings(this.#normalised()).map((w) => html`<p class="set-up-warning" data-path=${w.path}>${w.message}</p>`)}
        ${LINKS.map(({ key, label, hint, optional }) => {
          // The review link's "not set" value (Find a GP) shows as an empty box: the nation decides.
          const url = key === 'review' && isDefaultReview(links.review) ? '' : (links[key] ?? '');
          // The schema says only that an address is refused; this says what to change in it.
          const linkError = error(`links.${key}`) && (httpsUrlProblem(url) ?? (key === 'review' ? reviewAddressProblem(url) : undefined) ?? error(`links.${key}`));
          return html`<div class="link">
              <admin-field path="links.${key}" @field-change=${key === 'review' ? this.#onReviewChange : nothing} label=${label} hint=${hint} ?optional=${optional} .value=${url} .error=${linkError}></admin-field>
              ${url && !error(`links.${key}`) ? html`<admin-qr-code .value=${url} label="${TEXT.links.scan}: ${label}"></admin-qr-code>` : nothing}
            </div>
            ${key === 'review' ? this.#reviewRoute(error) : nothing}`;
        })}
      </div>
      <div class="card">
        <h3>${TEXT.links.complaintsContact}</h3>
        <admin-field path="complaintsContact.phone" optional label=${TEXT.links.phone} .value=${contact.phone ?? ''} .error=${error('complaintsContact.phone')}></admin-field>
        <admin-field path="complaintsContact.email" optional label=${TEXT.links.email} .value=${contact.email ?? ''} .error=${error('complaintsContact.email')}></admin-field>
        <admin-field path="complaintsContact.address" optional kind="textarea" label=${TEXT.links.address} .value=${contact.address ?? ''} .error=${error('complaintsContact.address')}></admin-field>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'section-links': SectionLinks;
  }
}
