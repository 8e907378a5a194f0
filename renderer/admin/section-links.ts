// Links: where the patient's QR codes go (review, complaints, contact) and the complaints
// contact details shown when there is no online form. Each link has its own QR code, so staff
// can check it with a phone before saving.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Settings, SettingsProblem } from '../../main/common/settings-schema.ts';
import { adminBase } from './admin-styles.ts';
import { TEXT } from './admin-text.ts';
import { problemAt } from './settings-paths.ts';
import { setUpWarnings } from '../../main/common/nation-preset.ts';
import { httpsUrlProblem } from '../../main/common/https-url.ts';
import { sectionLayout } from './section-practice.ts';
import './admin-field.ts';
import './admin-qr-code.ts';

const LINKS = [
  { key: 'review', label: TEXT.links.review, hint: TEXT.links.reviewHint, optional: false },
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
    `,
  ];

  @property({ attribute: false }) draft!: Settings;
  @property({ attribute: false }) problems: readonly SettingsProblem[] = [];

  override render() {
    const { links, complaintsContact: contact } = this.draft;
    const error = (path: string) => problemAt(this.problems, path) ?? '';
    return html`<div class="card">
        <h2>${TEXT.sections.links}</h2>
        <p>${TEXT.links.intro}</p>
        ${setUpWarnings(this.draft).map((w) => html`<p class="set-up-warning" data-path=${w.path}>${w.message}</p>`)}
        ${LINKS.map(({ key, label, hint, optional }) => {
          const url = links[key] ?? '';
          // The schema says only that an address is refused; this says what to change in it.
          const linkError = error(`links.${key}`) && (httpsUrlProblem(url) ?? error(`links.${key}`));
          return html`<div class="link">
            <admin-field path="links.${key}" label=${label} hint=${hint} ?optional=${optional} .value=${url} .error=${linkError}></admin-field>
            ${url && !error(`links.${key}`) ? html`<admin-qr-code .value=${url} label="${TEXT.links.scan}: ${label}"></admin-qr-code>` : nothing}
          </div>`;
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
