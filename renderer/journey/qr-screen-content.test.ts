import { describe, expect, it } from 'vitest';
import { settingsSchema, type SettingsInput } from '../../main/common/settings-schema.ts';
import en from '../../locales/en/kiosk.json' with { type: 'json' };
import { complaintContent, contactContent, reviewContent } from './qr-screen-content.ts';

/** English text by key, as i18next would give it; throws on a missing key so no raw key slips by. */
function t(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`no English text for ${key}`);
  return value;
}

const settings = (input: SettingsInput = {}) => settingsSchema.parse(input);

describe('QR screen content', () => {
  it('review encodes the configured address, the NHS website default unless set', () => {
    expect(reviewContent(settings(), t).url).toBe('https://www.nhs.uk/about-us/managing-patient-feedback/');
    const own = 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/X12345/ratings-and-reviews';
    const review = reviewContent(settings({ links: { review: own } }), t);
    expect(review.url).toBe(own);
    expect(review.paragraphs).toContain(en.review.text);
  });

  it('complaint without a form has no code and points to the other routes', () => {
    const complaint = complaintContent(settings(), t);
    expect(complaint.url).toBeUndefined();
    expect(complaint.lead).toBe(en.complaint.noForm);
    expect(complaint.details).toEqual([]);
    expect(complaint.detailsHeading).toBe('');
  });

  it('complaint with a form encodes it and says so', () => {
    const complaint = complaintContent(settings({ links: { complaints: 'https://example.nhs.uk/complaints' } }), t);
    expect(complaint.url).toBe('https://example.nhs.uk/complaints');
    expect(complaint.lead).toContain(en.complaint.formText);
  });

  it.each(['england', 'wales', 'scotland', 'northern-ireland'] as const)('complaint names the routes for %s', (nation) => {
    const complaint = complaintContent(settings({ practice: { nation } }), t);
    expect(complaint.paragraphs).toEqual([en.complaint.practice, en.complaint[nation].commissioner, en.complaint[nation].ombudsman]);
  });

  it('complaint lists only the details the practice set, phone and email kept left to right', () => {
    const complaint = complaintContent(settings({ complaintsContact: { phone: '01234 567890', email: 'complaints@example.nhs.uk' } }), t);
    expect(complaint.detailsHeading).toBe(en.complaint.contactUs);
    expect(complaint.details).toEqual([
      { label: 'Phone', value: '01234 567890', ltr: true },
      { label: 'Email', value: 'complaints@example.nhs.uk', ltr: true },
    ]);
  });

  it('contact exists only when the practice set a contact route', () => {
    expect(contactContent(settings(), t)).toBeUndefined();
    const contact = contactContent(settings({ links: { contact: 'https://example.nhs.uk/contact' } }), t);
    expect(contact?.url).toBe('https://example.nhs.uk/contact');
    expect(contact?.lead).toBe(en.contact.text);
    expect(contact?.paragraphs).toContain(en.contact.noSocial);
  });
});
