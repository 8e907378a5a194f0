// What each QR screen says and encodes, worked out from the settings in one language. Pure, so
// the rules are tested without a browser: every code leads somewhere a patient can act (no
// complaints form: the nation's official how-to-complain page), each nation's own routes,
// ombudsman, time limit and free help, the practice's own details only when set, and no
// England-only claim (NHS website reviews) anywhere else.
import type { Settings } from '../../main/common/settings-schema.ts';
import { NATION_PRESETS, complaintRoute, reviewRoute, urgentCare } from '../../main/common/nation-preset.ts';
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

/** Undefined where the nation has no public review route and the practice set none. */
export function reviewContent(settings: Settings, t: Translate): QrScreenContent | undefined {
  const route = reviewRoute(settings);
  if (!route.url) return undefined;
  const practice = settings.practice.name;
  const base = { id: 'review' as const, url: route.url, lead: t('qr.scan'), detailsHeading: '', details: [] };
  switch (route.site) {
    case 'nhs-website':
      return {
        ...base,
        heading: t('review.title'),
        // Still the general search: the patient must find the practice first.
        paragraphs: [...(route.needsSetUp ? [t('review.findPractice', { practice })] : []), t('review.text'), t('review.noNames')],
      };
    case 'care-opinion':
      return { ...base, heading: t('review.careOpinion.title'), paragraphs: [t('review.careOpinion.text'), t('review.noNames')] };
    default:
      return { ...base, heading: t('review.practice.title'), lead: `${t('review.practice.text')} ${t('qr.scan')}`, paragraphs: [t('review.noNames')] };
  }
}

export function complaintContent(settings: Settings, t: Translate): QrScreenContent {
  const nation = settings.practice.nation;
  const preset = NATION_PRESETS[nation];
  const more = settings.nationDetails;
  const route = complaintRoute(settings);
  const { phone, email, address } = settings.complaintsContact;
  const details: ContactDetail[] = [];
  if (phone) details.push({ label: t('complaint.phone'), value: phone, ltr: true });
  if (email) details.push({ label: t('complaint.email'), value: email, ltr: true });
  if (address) details.push({ label: t('complaint.address'), value: address, ltr: false });
  // Other bodies' names are official names, shown as they are; their contact as staff typed it.
  if (more.commissionerName && more.commissionerContact) details.push({ label: more.commissionerName, value: more.commissionerContact, ltr: true });
  const advocacyName = more.advocacyName ?? preset.advocacy.name;
  const advocacyContact = more.advocacyContact ?? (more.advocacyName ? undefined : preset.advocacy.contact);
  if (advocacyContact) details.push({ label: advocacyName, value: advocacyContact, ltr: true });

  // How and when go together: one paragraph fewer keeps the screen within bounds in large text.
  const timeLimit = more.timeLimit ?? t(`complaint.time.${preset.timeLimit}`);
  const routes = preset.complaintRoutes.map((step) => {
    if (step === 'practice') return `${t('complaint.practice')} ${timeLimit}`;
    if (step === 'ombudsman') return more.ombudsmanLine ?? t(`complaint.${nation}.ombudsman`);
    if (step === 'stages') return t(`complaint.${nation}.stages`);
    // Without the body's own details, say where to get them: never a name with no way to reach it.
    const reach = more.commissionerName && more.commissionerContact ? '' : ` ${t('complaint.reachCommissioner')}`;
    return `${t(`complaint.${nation}.commissioner`)}${reach}`;
  });
  // Two paragraphs: how and when to complain to us; then who else can help, free help, and the
  // ombudsman last. Fewer paragraphs keep the screen within bounds in large text at 1024x768.
  const [first = '', ...others] = routes;
  const elsewhere = [...others.slice(0, -1), t(`complaint.${nation}.advocacy`), ...others.slice(-1)].join(' ');
  return {
    id: 'complaint',
    heading: t('complaint.title'),
    url: route.url,
    lead: `${t(route.isPracticeForm ? 'complaint.formText' : 'complaint.guideText')} ${t('qr.scan')}`,
    paragraphs: [
      ...(route.isPracticeForm ? [] : [t('complaint.noForm')]),
      first,
      elsewhere,
    ],
    detailsHeading: details.length ? t('complaint.contactUs') : '',
    details,
  };
}

/** "For urgent medical help, call 111. In an emergency, call 999." (or the nation's setting). */
export function urgentCareLine(settings: Settings, t: Translate): string {
  const { urgent, emergency } = urgentCare(settings);
  return urgent ? t('urgent.both', { urgent, emergency }) : t('urgent.emergencyOnly', { emergency });
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
    paragraphs: [t('qr.scan'), t('contact.noSocial'), urgentCareLine(settings, t)],
    detailsHeading: '',
    details: [],
  };
}
