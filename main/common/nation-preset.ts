// What the kiosk tells a patient depends on the practice's nation: where a review goes, how to
// complain and to whom, the time limit, free help, the urgent-care line and the laws on abusive
// messages. The facts are in shared/facts.md; each is a default the settings can override
// (settings.nationDetails, links.*). Host-free and pure, so the page, the server's health check
// and the tests all decide the same way.
import { isHttpsUrl } from './https-url.ts';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** Which review text a patient sees: each site's own promise, never another nation's. */
export type ReviewSite = 'nhs-website' | 'care-opinion' | 'practice' | 'none';

export const FIND_A_GP = 'https://www.nhs.uk/service-search/find-a-gp';
/** The old default: a page written for providers. Still read as "not set" in older files. */
export const LEGACY_REVIEW_DEFAULT = 'https://www.nhs.uk/about-us/managing-patient-feedback/';
export const CARE_OPINION = 'https://www.careopinion.org.uk/';

export interface NationPreset {
  /** Where a review goes until the practice sets its own page; none: no public route. */
  readonly review: { readonly site: ReviewSite; readonly url?: string };
  /** The official page telling patients how to complain: the code when there is no practice form. */
  readonly complaintGuide: string;
  /**
   * The routes, in the order a patient meets them. `commissioner`: complain to a body instead of
   * the practice (England's ICB, a Welsh health board, Northern Ireland's SPPG); `stages`: how
   * the practice handles it (Scotland's two stages).
   */
  readonly complaintRoutes: readonly ('practice' | 'stages' | 'commissioner' | 'ombudsman')[];
  /** The ombudsman's official name (shown as is: an official name). */
  readonly ombudsman: string;
  /** six: within 6 months of finding out, at most 12 after (Scotland, NI); twelve: 12 months. */
  readonly timeLimit: 'twelve' | 'six';
  /** Free, independent help: the body, and how to reach it when one address serves the nation. */
  readonly advocacy: { readonly name: string; readonly contact?: string };
  /** urgent: for urgent medical help (none where it differs by area); emergency: 999. */
  readonly urgentCare: { readonly urgent?: string; readonly emergency: string };
  /** The laws named in small type under the law slide's plain words. Not legal advice. */
  readonly lawsLine: string;
}

const NBSP = '\u00a0';
const OSA = `Online Safety Act${NBSP}2023`;
const CA = `Communications Act${NBSP}2003 (section${NBSP}127)`;

export const NATION_PRESETS: Readonly<Record<Nation, NationPreset>> = {
  england: {
    review: { site: 'nhs-website', url: FIND_A_GP },
    complaintGuide: 'https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/',
    complaintRoutes: ['practice', 'commissioner', 'ombudsman'],
    ombudsman: 'Parliamentary and Health Service Ombudsman',
    timeLimit: 'twelve',
    // Each council arranges it under its own name: staff may set name and contact.
    advocacy: { name: 'NHS Complaints Advocacy' },
    urgentCare: { urgent: '111', emergency: '999' },
    lawsLine: `${OSA} (sections${NBSP}179 and 181), Malicious Communications Act${NBSP}1988, ${CA}`,
  },
  wales: {
    // NHS website reviews are for England only; Care Opinion in Wales is not yet checked.
    review: { site: 'none' },
    // Llais (confirmed) helps patients through Putting Things Right; a health board's own
    // page is better and can be set.
    complaintGuide: 'https://www.llaiswales.org/',
    complaintRoutes: ['practice', 'commissioner', 'ombudsman'],
    ombudsman: 'Public Services Ombudsman for Wales',
    // 12 months: to check. Only solicitors' guides (hja.net, new-law.co.uk) and the MDU say so for
    // Putting Things Right; the Public Services Ombudsman for Wales takes complaints within a year
    // (ombudsman.wales fact sheet "Health: NHS complaints"), which is its own limit. Staff can
    // replace the sentence in Nation details (nationDetails.timeLimit).
    timeLimit: 'twelve',
    advocacy: { name: 'Llais', contact: 'www.llaiswales.org' },
    urgentCare: { urgent: '111', emergency: '999' },
    lawsLine: `${OSA} (sections${NBSP}179 and 181), Malicious Communications Act${NBSP}1988, ${CA}`,
  },
  scotland: {
    review: { site: 'care-opinion', url: CARE_OPINION },
    // Confirmed as the SPSO's own site (www.spso.org.uk; NHS inform's "NHS Scotland complaints"
    // names the SPSO as the last stage). It is the last stage, not the first: NHS inform's guide,
    // https://www.nhsinform.scot/care-support-and-rights/health-rights/feedback-and-complaints/nhs-scotland-complaints,
    // is a candidate default, to check. Staff can set either, or a board's page, in Nation details.
    complaintGuide: 'https://www.spso.org.uk/',
    complaintRoutes: ['practice', 'stages', 'ombudsman'],
    ombudsman: 'Scottish Public Services Ombudsman',
    timeLimit: 'six',
    advocacy: { name: 'Patient Advice and Support Service (PASS)', contact: 'Citizens Advice Scotland' },
    urgentCare: { urgent: '111', emergency: '999' },
    // Neither the 1988 Act nor sections 179/181 reach Scotland; section 127 is UK-wide.
    lawsLine: CA,
  },
  'northern-ireland': {
    review: { site: 'care-opinion', url: CARE_OPINION },
    // Confirmed as NIPSO's own site (www.nipso.org.uk/faqs: "unresolved complaints about public
    // services", health and social care included). It is the last stage, not the first: nidirect's
    // "How to complain or raise concerns about health services"
    // (nidirect.gov.uk/articles/how-complain-or-raise-concerns-about-health-services) is a
    // candidate default, to check. Staff can set either in Nation details.
    complaintGuide: 'https://www.nipso.org.uk/',
    complaintRoutes: ['practice', 'commissioner', 'ombudsman'],
    ombudsman: 'Northern Ireland Public Services Ombudsman',
    // Confirmed: nidirect (above) says usually within six months of becoming aware, normally no
    // longer than 12 months after the event.
    timeLimit: 'six',
    advocacy: { name: 'Patient and Client Council', contact: '0800 917 0222' },
    // Confirmed that there is no one urgent line: HSC's GP Out-of-Hours standards
    // (gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/) say each out-of-hours
    // provider has its own number, and trusts run their own lines (e.g. the Southern Trust's
    // Phone First). So none by default; staff set their area's number in Nation details.
    urgentCare: { emergency: '999' },
    // Section 179 in Northern Ireland is to check, so only 181 is named.
    lawsLine: `${OSA} (section${NBSP}181), Malicious Communications (Northern Ireland) Order${NBSP}1988, ${CA}`,
  },
};

/** The part of the settings this module reads (kept structural so it stays host-free). */
export interface NationSettings {
  readonly practice: { readonly nation: Nation };
  readonly links: { readonly review: string; readonly reviewOdsCode?: string; readonly reviewProfileSlug?: string; readonly complaints?: string };
  readonly nationDetails: NationDetails;
}

/** Optional overrides of the preset, from settings.nationDetails. */
export interface NationDetails {
  readonly complaintGuide?: string;
  readonly commissionerName?: string;
  readonly commissionerContact?: string;
  readonly advocacyName?: string;
  readonly advocacyContact?: string;
  readonly ombudsmanLine?: string;
  readonly timeLimit?: string;
  readonly urgentNumber?: string;
  readonly emergencyNumber?: string;
  readonly lawsLine?: string;
  readonly lawSlideInEnglishUntilChecked: boolean;
}

const ODS_CODE = /^[A-Z]\d{5}$/;
const PROFILE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROFILE_PATH = /^\/services\/gp-surgery\/[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Z]\d{5}(?:\/[a-z-]*)?\/?$/;

export function isOdsCode(value: string): boolean {
  return ODS_CODE.test(value);
}
export function isProfileSlug(value: string): boolean {
  return PROFILE_SLUG.test(value);
}

/** The practice's NHS website profile page, built from its name part and ODS code. */
export function nhsProfileUrl(slug: string, odsCode: string): string {
  return `https://www.nhs.uk/services/gp-surgery/${slug}/${odsCode}`;
}

const PROFILE_START = 'https://www.nhs.uk/services/gp-surgery/';

/**
 * What is wrong with an https address for the review code, in words staff can act on; undefined
 * if nothing. Any site will do, but on www.nhs.uk only a GP practice profile
 * (https://www.nhs.uk/services/gp-surgery/<name part>/<ODS code>, optionally a page under it)
 * or Find a GP: other NHS website pages give a patient nowhere to leave a review.
 */
export function reviewAddressProblem(value: string): string | undefined {
  // Not https at all: the https rule says so, once.
  if (!isHttpsUrl(value)) return undefined;
  const url = new URL(value);
  if (url.hostname !== 'www.nhs.uk' && url.hostname !== 'nhs.uk') return undefined;
  if (value === LEGACY_REVIEW_DEFAULT) return undefined;
  const path = url.pathname.replace(/\/$/, '');
  if (path === '/service-search/find-a-gp' || PROFILE_PATH.test(url.pathname)) return undefined;
  const [, services, kind, slug, ods] = path.split('/');
  if (services !== 'services' || kind !== 'gp-surgery' || !slug) {
    return `This NHS website page is not a GP practice’s page. A practice’s page starts ${PROFILE_START}`;
  }
  if (!isProfileSlug(slug)) return `The name part “${slug}” should be lower-case letters, numbers and dashes, as in threeways-surgery`;
  if (!ods) return `The address should end with the practice’s ODS code after the name part, as in ${PROFILE_START}${slug}/A81001`;
  if (!isOdsCode(ods)) {
    return isOdsCode(ods.toUpperCase()) ? `Write the ODS code in capitals: ${ods.toUpperCase()}` : `“${ods}” is not an ODS code: it is one letter and five numbers, such as A81001`;
  }
  return `Only the practice’s page or a page under it will do: ${PROFILE_START}${slug}/${ods}`;
}

/** Whether an https address is fit for the review code (see reviewAddressProblem). */
export function isReviewAddress(value: string): boolean {
  return reviewAddressProblem(value) === undefined;
}

/** The review link still holds its "not set" value (Find a GP, or the old providers' page). */
export function isDefaultReview(url: string): boolean {
  return url === FIND_A_GP || url === LEGACY_REVIEW_DEFAULT;
}

function siteOf(url: string): ReviewSite {
  // Staff screens ask this of a draft mid-typing, which may not parse yet: that is no NHS page.
  const host = URL.parse(url)?.hostname;
  if (host === 'www.nhs.uk' || host === 'nhs.uk') return 'nhs-website';
  if (host === 'www.careopinion.org.uk' || host === 'careopinion.org.uk') return 'care-opinion';
  return 'practice';
}

export interface ReviewRoute {
  readonly site: ReviewSite;
  /** Undefined when the nation has no public review route and the practice set none. */
  readonly url: string | undefined;
  /** True while England's code is still the general Find a GP search: staff should set it. */
  readonly needsSetUp: boolean;
}

export function reviewRoute(settings: NationSettings): ReviewRoute {
  const preset = NATION_PRESETS[settings.practice.nation];
  const { review, reviewOdsCode, reviewProfileSlug } = settings.links;
  // NHS website reviews cover England only: elsewhere such a link is set aside (and staff told).
  if (!isDefaultReview(review) && !isEnglandOnlyElsewhere(settings)) return { site: siteOf(review), url: review, needsSetUp: false };
  if (settings.practice.nation === 'england' && reviewOdsCode && reviewProfileSlug) {
    return { site: 'nhs-website', url: nhsProfileUrl(reviewProfileSlug, reviewOdsCode), needsSetUp: false };
  }
  // NHS website reviews are England's: elsewhere the Find a GP default never becomes a code.
  return { site: preset.review.site, url: preset.review.url, needsSetUp: preset.review.url === FIND_A_GP };
}

function isEnglandOnlyElsewhere(settings: NationSettings): boolean {
  const { review } = settings.links;
  return settings.practice.nation !== 'england' && !isDefaultReview(review) && siteOf(review) === 'nhs-website';
}

export interface ComplaintRoute {
  /** The practice's own form, or else the nation's official how-to-complain page. */
  readonly url: string;
  readonly isPracticeForm: boolean;
}

export function complaintRoute(settings: NationSettings): ComplaintRoute {
  const form = settings.links.complaints;
  if (form) return { url: form, isPracticeForm: true };
  return { url: settings.nationDetails.complaintGuide ?? NATION_PRESETS[settings.practice.nation].complaintGuide, isPracticeForm: false };
}

export interface UrgentCare {
  readonly urgent: string | undefined;
  readonly emergency: string;
}

export function urgentCare(settings: NationSettings): UrgentCare {
  const preset = NATION_PRESETS[settings.practice.nation].urgentCare;
  return { urgent: settings.nationDetails.urgentNumber ?? preset.urgent, emergency: settings.nationDetails.emergencyNumber ?? preset.emergency };
}

export function lawsLine(settings: NationSettings): string {
  return settings.nationDetails.lawsLine ?? NATION_PRESETS[settings.practice.nation].lawsLine;
}

export interface SetUpWarning {
  readonly path: string;
  readonly message: string;
}

/** What staff should still set for patients to be sent to the right place. */
export function setUpWarnings(settings: NationSettings): SetUpWarning[] {
  const warnings: SetUpWarning[] = [];
  if (reviewRoute(settings).needsSetUp) {
    warnings.push({
      path: 'links.review',
      message:
        'The review code still goes to the NHS website’s general “Find a GP” search. Paste your practice’s NHS website page, or enter its ODS code and page name, so patients land on your page.',
    });
  }
  if (isEnglandOnlyElsewhere(settings)) {
    warnings.push({
      path: 'links.review',
      message: 'NHS website reviews are for practices in England, so this review link is not used. Set another review page or leave it empty.',
    });
  }
  return warnings;
}
