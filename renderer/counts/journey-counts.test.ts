import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../main/common/settings-schema.ts';
import { countEventsFor } from './journey-counts.ts';

const settings = (links: Record<string, string>) => settingsSchema.parse({ links });

describe('countEventsFor', () => {
  it('counts a screen, and its code only when it shows one', () => {
    const both = settings({ review: 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001', complaints: 'https://practice.example/c' });
    expect(countEventsFor('menu', both)).toEqual(['screen-menu']);
    expect(countEventsFor('review', both)).toEqual(['screen-review', 'qr-review']);
    expect(countEventsFor('complaint', both)).toEqual(['screen-complaint', 'qr-complaint']);
    // No complaints form: the screen still shows a code, to the nation's how-to-complain page.
    expect(countEventsFor('complaint', settings({ review: 'https://www.nhs.uk/services/gp-surgery/threeways-surgery/A81001' }))).toEqual(['screen-complaint', 'qr-complaint']);
    // Wales has no public review route by default: no review code, so none counted.
    expect(countEventsFor('review', settingsSchema.parse({ practice: { nation: 'wales' } }))).toEqual(['screen-review']);
    expect(countEventsFor('rules', both)).toEqual(['screen-rules']);
  });
});
