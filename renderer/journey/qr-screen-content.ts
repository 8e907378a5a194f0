// What each QR screen says and encodes, worked out from the settings in one language. Pure, so
// the rules (no dead code without a complaints form, the right nation's ombudsman, the
// practice's own details only when set) are tested without a browser.
import type { Settings } from '../../main/common/settings-schema.ts';
import type { Translate } from '../display/slide-content.ts';

export type QrScreenId = 'review' | 'complaint' | 'contact';

export interface ContactDetail {
  readonly label: string;
  readonly value: string;
  /** Phone numbers and email addresses read left to right in every language. */
  readonly ltr: boolean;
}

export interface QrScreenContent {
  readonly id: QrScreenId;
  readonly heading: string;
  /** The address to encode; none when the practice has not set one. */
  readonly url: string | undefined;
  /** What happens next: the first paragraph, beside the code. */
  readonly lead: string;
  readonly paragraphs: readonly string[];
  readonly detailsHeading: string;
  readonly details: readonly ContactDetail[];
}

export function reviewContent(settings: Settings, t: Translate): QrScreenContent {
  return {
    id: 'review',
    heading: t('review.title'),
    url: settings.links.review,
    lead: t('qr.scan'),
    paragraphs: [t('review.text'), t('review.noNames')],
    detailsHeading: '',
    details: [],
  };
}

export function complaintContent(settings: Settings, t: Translate): QrScreenContent {
  const url = settings.links.complaints;
  const nation = settings.practice.nation;
  const { phone, email, address } = settings.complaintsContact;
  const details: ContactDetail[] = [];
  if (phone) details.push({ label: t('complaint.phone'), value: phone, ltr: true });
  if (email) details.push({ label: t('complaint.email'), value: email, ltr: true });
  if (address) details.push({ label: t('complaint.address'), value: address, ltr: false });
  return {
    id: 'complaint',
    heading: t('complaint.title'),
    url,
    lead: url ? `${t('complaint.formText')} ${t('qr.scan')}` : t('complaint.noForm'),
    paragraphs: [t('complaint.practice'), t(`complaint.${nation}.commissioner`), t(`complaint.${nation}.ombudsman`)],
    detailsHeading: details.length ? t('complaint.contactUs') : '',
    details,
  };
}

/** Undefined when the practice has set no contact route: the menu then offers none. */
export function contactContent(settings: Settings, t: Translate): QrScreenContent | undefined {
  if (!settings.links.contact) return undefined;
  return {
    id: 'contact',
    heading: t('contact.title'),
    url: settings.links.contact,
    // What the code is for comes first here: "contact" alone does not say it.
    lead: t('contact.text'),
    paragraphs: [t('qr.scan'), t('contact.noSocial')],
    detailsHeading: '',
    details: [],
  };
}
