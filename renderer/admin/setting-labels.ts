// Every setting's path in the words the staff screens use for it, so error summaries, history
// and imports never show internal names ("notices.0.title", "display.dwellSeconds").
import { LANGUAGES } from '../../main/common/languages.ts';
import { TEXT } from './admin-text.ts';

const FIXED: Record<string, string> = {
  practice: 'Practice',
  'practice.name': TEXT.practice.name,
  'practice.nation': TEXT.practice.nation,
  links: TEXT.sections.links,
  'links.review': TEXT.links.review,
  'links.complaints': 'Complaints form',
  'links.contact': 'Contact the practice',
  'links.reviewOdsCode': 'ODS code',
  'links.reviewProfileSlug': 'NHS website page name part',
  nationDetails: TEXT.sections.nation,
  'nationDetails.complaintGuide': TEXT.nation.complaintGuide,
  'nationDetails.commissionerName': TEXT.nation.commissionerName,
  'nationDetails.commissionerContact': 'How to reach who else patients can complain to',
  'nationDetails.advocacyName': TEXT.nation.advocacyName,
  'nationDetails.advocacyContact': TEXT.nation.advocacyContact,
  'nationDetails.ombudsmanLine': TEXT.nation.ombudsmanLine,
  'nationDetails.timeLimit': TEXT.nation.timeLimit,
  'nationDetails.urgentNumber': TEXT.nation.urgentNumber,
  'nationDetails.emergencyNumber': TEXT.nation.emergencyNumber,
  'nationDetails.lawsLine': TEXT.nation.lawsLine,
  'nationDetails.lawSlideInEnglishUntilChecked': 'Law slide in English until checked',
  complaintsContact: TEXT.links.complaintsContact,
  'complaintsContact.phone': 'Complaints phone',
  'complaintsContact.email': 'Complaints email',
  'complaintsContact.address': 'Complaints address',
  display: TEXT.sections.slides,
  'display.slides': 'Messages shown, in order',
  'display.dwellSeconds': TEXT.slides.dwell,
  'display.transitions': TEXT.slides.transitions,
  languages: TEXT.sections.languages,
  'languages.shown': 'Languages offered',
  'languages.mode': TEXT.languages.mode,
  'languages.default': TEXT.languages.default,
  openingHours: TEXT.sections.hours,
  'openingHours.enabled': TEXT.hours.enabled,
  'openingHours.week': TEXT.sections.hours,
  journey: TEXT.sections.journey,
  'journey.idleSeconds': TEXT.journey.idle,
  'journey.countdownSeconds': TEXT.journey.countdown,
  remoteAdmin: TEXT.sections.remote,
  'remoteAdmin.enabled': 'Remote admin',
  group: 'Group settings',
  'group.url': 'Group settings address',
  'group.publicKey': 'Group settings public key',
  'group.checkMinutes': 'Minutes between group settings checks',
  updates: 'Updates',
  'updates.enabled': 'Updates at night',
  'updates.url': 'Updates address',
  counts: 'Anonymous counts',
  'counts.enabled': 'Keep anonymous counts',
  notices: TEXT.sections.notices,
};

const NOTICE_PARTS: Record<string, string> = {
  title: 'title',
  body: 'text',
  startDate: 'first day',
  endDate: 'last day',
  days: 'days',
  from: 'from',
  until: 'until',
  translations: 'translations',
};

type NoticeLike = { id: string; title: string };

/** The notice a path segment names: by index (problems) or by id (changes). */
function noticeAt(notices: readonly NoticeLike[] | undefined, key: string): NoticeLike | undefined {
  return /^\d+$/.test(key) ? notices?.[Number(key)] : notices?.find((n) => n.id === key);
}

/**
 * "notices.0.translations.pl.title" -> "Notice “Flu clinic”: Polish title". `settings` (or
 * several, e.g. before and after a change) name notices by their titles.
 */
export function settingLabel(path: string, ...settings: readonly ({ notices?: readonly NoticeLike[] } | undefined)[]): string {
  if (FIXED[path]) return FIXED[path];
  const parts = path.split('.');
  if (parts[0] === 'openingHours' && parts[1] === 'week' && parts[2]) {
    const day = TEXT.days[parts[2] as keyof typeof TEXT.days] ?? parts[2];
    return parts[3] === 'open' ? `${day} opens` : parts[3] === 'close' ? `${day} closes` : `Opening hours on ${day}`;
  }
  if (parts[0] === 'notices' && parts[1]) {
    const notice = settings.map((s) => noticeAt(s?.notices, parts[1]!)).find(Boolean);
    const name = notice?.title ? `Notice “${notice.title}”` : 'A notice';
    if (parts.length === 2) return name;
    if (parts[2] === 'translations' && parts[3]) {
      const language = LANGUAGES.find((l) => l.code === parts[3])?.english ?? parts[3];
      return parts[4] ? `${name}: ${language} ${NOTICE_PARTS[parts[4]] ?? parts[4]}` : `${name}: ${language} translation`;
    }
    return `${name}: ${NOTICE_PARTS[parts[2]!] ?? parts.slice(2).join(' ')}`;
  }
  return FIXED[parts[0]!] ? `${FIXED[parts[0]!]}: ${parts.slice(1).join(' ')}` : path;
}
