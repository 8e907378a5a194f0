import { describe, expect, it } from 'vitest';
import { settingsSchema, validateSettings, type SettingsInput } from './settings-schema.ts';
import { CARE_OPINION, FIND_A_GP, LEGACY_REVIEW_DEFAULT, NATIONS, complaintRoute, reviewAddressProblem, lawsLine, reviewRoute, setUpWarnings, urgentCare } from './nation-preset.ts';

const settings = (input: SettingsInput = {}) => settingsSchema.parse(input);
const PROFILE = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001';

describe('nation preset: review route', () => {
  it('England defaults to Find a GP and asks staff to set the practice page', () => {
    expect(reviewRoute(settings())).toEqual({ site: 'nhs-website', url: FIND_A_GP, needsSetUp: true });
    expect(setUpWarnings(settings()).map((w) => w.path)).toEqual(['links.review']);
  });

  it('an older file holding the providers’ page is read as not set', () => {
    expect(reviewRoute(settings({ links: { review: LEGACY_REVIEW_DEFAULT } })).url).toBe(FIND_A_GP);
  });

  it('the practice page, pasted or built from ODS code and page name, ends the warning', () => {
    const pasted = settings({ links: { review: `${PROFILE}/ratings-and-reviews` } });
    expect(reviewRoute(pasted)).toEqual({ site: 'nhs-website', url: `${PROFILE}/ratings-and-reviews`, needsSetUp: false });
    expect(setUpWarnings(pasted)).toEqual([]);
    const built = settings({ links: { reviewOdsCode: 'a81001', reviewProfileSlug: 'Threeways-Surgery' } });
    expect(reviewRoute(built)).toEqual({ site: 'nhs-website', url: PROFILE, needsSetUp: false });
    expect(setUpWarnings(built)).toEqual([]);
  });

  it('refuses NHS website addresses that are not a practice page, and bad ODS codes', () => {
    expect(validateSettings({ links: { review: 'https://www.nhs.uk/conditions/' } }).ok).toBe(false);
    expect(validateSettings({ links: { review: 'https://www.nhs.uk/services/gp-surgery/x/12345' } }).ok).toBe(false);
    expect(validateSettings({ links: { reviewOdsCode: 'AB1234' } }).ok).toBe(false);
    expect(validateSettings({ links: { review: 'https://threeways.example.nhs.uk/feedback' } }).ok).toBe(true);
  });

  it('says what is wrong with an NHS website address that is not a practice page', () => {
    expect(reviewAddressProblem(PROFILE)).toBeUndefined();
    expect(reviewAddressProblem(`${PROFILE}/ratings-and-reviews`)).toBeUndefined();
    expect(reviewAddressProblem(FIND_A_GP)).toBeUndefined();
    expect(reviewAddressProblem('https://threeways.example.nhs.uk/feedback')).toBeUndefined();
    expect(reviewAddressProblem('https://www.nhs.uk/conditions/')).toMatch(/not a GP practice’s page/);
    expect(reviewAddressProblem('https://www.nhs.uk/services/gp-surgery/Threeways_Surgery/A81001')).toMatch(/name part “Threeways_Surgery”/);
    expect(reviewAddressProblem('https://www.nhs.uk/services/gp-surgery/threeways-surgery')).toMatch(/end with the practice’s ODS code/);
    expect(reviewAddressProblem('https://www.nhs.uk/services/gp-surgery/threeways-surgery/a81001')).toBe('Write the ODS code in capitals: A81001');
    expect(reviewAddressProblem('https://www.nhs.uk/services/gp-surgery/threeways-surgery/A8100')).toMatch(/“A8100” is not an ODS code/);
  });

  it('Scotland and Northern Ireland use Care Opinion; Wales has no public route by default', () => {
    expect(reviewRoute(settings({ practice: { nation: 'scotland' } }))).toEqual({ site: 'care-opinion', url: CARE_OPINION, needsSetUp: false });
    expect(reviewRoute(settings({ practice: { nation: 'northern-ireland' } })).url).toBe(CARE_OPINION);
    expect(reviewRoute(settings({ practice: { nation: 'wales' } }))).toEqual({ site: 'none', url: undefined, needsSetUp: false });
    const own = settings({ practice: { nation: 'wales' }, links: { review: 'https://threeways.example.nhs.wales/feedback' } });
    expect(reviewRoute(own)).toEqual({ site: 'practice', url: 'https://threeways.example.nhs.wales/feedback', needsSetUp: false });
  });

  it('never sends a patient outside England to the NHS website, and tells staff why a pasted one is unused', () => {
    for (const nation of NATIONS.filter((n) => n !== 'england')) {
      expect(reviewRoute(settings({ practice: { nation } })).site).not.toBe('nhs-website');
      expect(setUpWarnings(settings({ practice: { nation } }))).toEqual([]);
      const pasted = settings({ practice: { nation }, links: { review: PROFILE } });
      expect(reviewRoute(pasted).site).not.toBe('nhs-website');
      expect(setUpWarnings(pasted).map((w) => w.path)).toEqual(['links.review']);
    }
  });
});

describe('nation preset: complaints, urgent care, laws', () => {
  it.each(NATIONS)('%s: with no practice form the code goes to the official guide; a form wins', (nation) => {
    const route = complaintRoute(settings({ practice: { nation } }));
    expect(route.isPracticeForm).toBe(false);
    expect(route.url).toMatch(/^https:\/\//);
    expect(complaintRoute(settings({ practice: { nation }, links: { complaints: 'https://example.nhs.uk/c' } }))).toEqual({ url: 'https://example.nhs.uk/c', isPracticeForm: true });
    expect(complaintRoute(settings({ practice: { nation }, nationDetails: { complaintGuide: 'https://board.example/complaints' } })).url).toBe('https://board.example/complaints');
  });

  it('111 and 999 in Great Britain; Northern Ireland 999 unless the practice sets its line', () => {
    expect(urgentCare(settings())).toEqual({ urgent: '111', emergency: '999' });
    expect(urgentCare(settings({ practice: { nation: 'northern-ireland' } }))).toEqual({ urgent: undefined, emergency: '999' });
    expect(urgentCare(settings({ practice: { nation: 'northern-ireland' }, nationDetails: { urgentNumber: '028 9074 4447' } })).urgent).toBe('028 9074 4447');
  });

  it('names the laws of each nation, never the 1988 Act in Scotland, and lets the practice edit them', () => {
    expect(lawsLine(settings())).toMatch(/Online Safety Act.2023 \(sections.179 and 181\)/);
    expect(lawsLine(settings({ practice: { nation: 'scotland' } }))).not.toMatch(/1988|Online Safety/);
    expect(lawsLine(settings({ practice: { nation: 'northern-ireland' } }))).toMatch(/Malicious Communications \(Northern Ireland\) Order.1988/);
    expect(lawsLine(settings({ nationDetails: { lawsLine: 'Checked by our governance lead' } }))).toBe('Checked by our governance lead');
  });
});
