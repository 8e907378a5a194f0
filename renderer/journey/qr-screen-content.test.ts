import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { settingsSchema, type SettingsInput } from '../../main/common/settings-schema.ts';
import { CARE_OPINION, FIND_A_GP, NATIONS, NATION_PRESETS, type Nation } from '../../main/common/nation-preset.ts';
import en from '../../locales/en/kiosk.json' with { type: 'json' };
import { QUIET_ZONE, qrMatrixFor, qrSvgPath } from './qr-matrix.ts';
import { complaintContent, contactContent, reviewContent, type QrScreenContent } from './qr-screen-content.ts';

/** English text by key, with i18next's {{interpolation}}; throws on a missing key so no raw key slips by. */
function t(key: string, options: Record<string, unknown> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`no English text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
}

const settings = (input: SettingsInput = {}) => settingsSchema.parse(input);
const PROFILE = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001';

/** Draws the code the kiosk would show and reads it back with a real decoder (jsQR). */
function scan(content: QrScreenContent | undefined): string | undefined {
  if (!content?.url) return undefined;
  const matrix = qrMatrixFor(content.url);
  const scale = 4;
  const side = (matrix.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of qrSvgPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return jsQR(data, side, side)?.data;
}

const allText = (c: QrScreenContent | undefined) => (c ? [c.heading, c.lead, ...c.paragraphs, ...c.details.flatMap((d) => [d.label, d.value])].join('\n') : '');

const EXPECTED: Record<Nation, { review: string | undefined; complaint: string; limit: string }> = {
  england: { review: FIND_A_GP, complaint: 'https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/', limit: '12 months' },
  wales: { review: undefined, complaint: 'https://www.llaiswales.org/', limit: '12 months' },
  scotland: { review: CARE_OPINION, complaint: 'https://www.spso.org.uk/', limit: '6 months' },
  'northern-ireland': { review: CARE_OPINION, complaint: 'https://www.nipso.org.uk/', limit: '6 months' },
};

describe.each(NATIONS)('the journey in %s', (nation) => {
  const practice = settings({ practice: { nation } });
  const review = reviewContent(practice, t);
  const complaint = complaintContent(practice, t);

  it('the review code decodes to the nation’s route (none where there is no public one)', () => {
    expect(scan(review)).toBe(EXPECTED[nation].review);
  });

  it('with no complaints form the complaint code still decodes, to the official how-to-complain page', () => {
    expect(complaint.url).toBeDefined();
    expect(scan(complaint)).toBe(EXPECTED[nation].complaint);
    expect(complaint.lead).toContain(en.complaint.guideText);
  });

  it('names the nation’s ombudsman, time limit and free help, and how to reach the body named', () => {
    const text = allText(complaint);
    expect(text).toContain(NATION_PRESETS[nation].ombudsman);
    expect(text).toContain(EXPECTED[nation].limit);
    expect(text).toContain(en.complaint[nation].advocacy);
    if (nation !== 'scotland') expect(text).toContain(en.complaint.reachCommissioner);
  });

  it('makes no England-only claim outside England', () => {
    const text = `${allText(review)}\n${allText(complaint)}`;
    if (nation === 'england') expect(text).toContain('NHS website');
    else expect(text).not.toMatch(/NHS website|integrated care board|ICB|Parliamentary/);
  });
});

describe('QR screen content', () => {
  it('England: the general search tells the patient to find the practice; the practice page does not', () => {
    expect(reviewContent(settings({ practice: { name: 'Threeways Surgery' } }), t)?.paragraphs[0]).toBe('Search for Threeways Surgery, then choose “Leave a review”.');
    const own = reviewContent(settings({ links: { review: PROFILE } }), t);
    expect(scan(own)).toBe(PROFILE);
    expect(own?.paragraphs).toEqual([en.review.text, en.review.noNames]);
    expect(scan(reviewContent(settings({ links: { reviewOdsCode: 'A81001', reviewProfileSlug: 'threeways-surgery' } }), t))).toBe(PROFILE);
  });

  it('Wales with the practice’s own review page: a code, and no NHS website claim', () => {
    const review = reviewContent(settings({ practice: { nation: 'wales' }, links: { review: 'https://threeways.example.wales/feedback' } }), t);
    expect(scan(review)).toBe('https://threeways.example.wales/feedback');
    expect(review?.heading).toBe(en.review.practice.title);
  });

  it('complaint with a form encodes it and says so', () => {
    const complaint = complaintContent(settings({ links: { complaints: 'https://example.nhs.uk/complaints' } }), t);
    expect(scan(complaint)).toBe('https://example.nhs.uk/complaints');
    expect(complaint.lead).toContain(en.complaint.formText);
    expect(complaint.paragraphs).not.toContain(en.complaint.noForm);
  });

  it('lists the practice’s details, the ICB’s once set, and the nation’s free help', () => {
    const complaint = complaintContent(
      settings({
        complaintsContact: { phone: '01234 567890', email: 'complaints@example.nhs.uk' },
        nationDetails: { commissionerName: 'NHS Kent and Medway ICB', commissionerContact: '0300 000 0000', advocacyName: 'POhWER', advocacyContact: '0300 456 2370' },
      }),
      t,
    );
    expect(complaint.detailsHeading).toBe(en.complaint.contactUs);
    expect(complaint.details).toEqual([
      { label: 'Phone', value: '01234 567890', ltr: true },
      { label: 'Email', value: 'complaints@example.nhs.uk', ltr: true },
      { label: 'NHS Kent and Medway ICB', value: '0300 000 0000', ltr: true },
      { label: 'POhWER', value: '0300 456 2370', ltr: true },
    ]);
    expect(allText(complaint)).not.toContain(en.complaint.reachCommissioner);
    const ni = complaintContent(settings({ practice: { nation: 'northern-ireland' } }), t);
    expect(ni.details).toContainEqual({ label: 'Patient and Client Council', value: '0800 917 0222', ltr: true });
  });

  it('a practice’s own time limit replaces the nation’s sentence (Wales: to check)', () => {
    const text = 'Please complain within 12 months. Ask us if it is later.';
    expect(complaintContent(settings({ practice: { nation: 'wales' }, nationDetails: { timeLimit: text } }), t).paragraphs).toContain(`${en.complaint.practice} ${text}`);
  });

  it('a practice’s own ombudsman line replaces the nation’s sentence, still last', () => {
    const line = 'Still unhappy? Ask the Scottish Public Services Ombudsman: 0800 377 7330.';
    const complaint = complaintContent(settings({ practice: { nation: 'scotland' }, nationDetails: { ombudsmanLine: line } }), t);
    expect(complaint.paragraphs.at(-1)?.endsWith(line)).toBe(true);
    expect(allText(complaint)).not.toContain(en.complaint.scotland.ombudsman);
  });

  it('contact exists only when set, and gives the urgent-care line', () => {
    expect(contactContent(settings(), t)).toBeUndefined();
    const contact = contactContent(settings({ links: { contact: 'https://example.nhs.uk/contact' } }), t);
    expect(scan(contact)).toBe('https://example.nhs.uk/contact');
    expect(contact?.lead).toBe(en.contact.text);
    expect(contact?.paragraphs).toContain('For urgent medical help, call 111. In an emergency, call 999.');
    const ni = contactContent(settings({ practice: { nation: 'northern-ireland' }, links: { contact: 'https://example.nhs.uk/contact' } }), t);
    expect(ni?.paragraphs).toContain('In an emergency, call 999.');
  });
});
