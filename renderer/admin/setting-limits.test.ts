import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settingsSchema } from '../../main/common/settings-schema.ts';
import { maxLengthAt } from './setting-limits.ts';

describe('maxLengthAt', () => {
  it('reads each text limit from the schema', () => {
    expect(maxLengthAt('practice.name')).toBe(80);
    expect(maxLengthAt('notices.3.title')).toBe(60);
    expect(maxLengthAt('notices.0.translations.pl.body')).toBe(400);
    expect(maxLengthAt('complaintsContact.address')).toBe(200);
    expect(maxLengthAt('nationDetails.ombudsmanLine')).toBe(200);
    expect(maxLengthAt('nationDetails.lawsLine')).toBe(300);
    expect(maxLengthAt('practice.nation')).toBeUndefined();
  });

  it('agrees with the zod schema the server checks with (the JSON file is up to date)', () => {
    const live = z.toJSONSchema(settingsSchema, { io: 'input' }) as unknown as { properties: { notices: { items: { properties: { title: { maxLength: number } } } } } };
    expect(maxLengthAt('notices.0.title')).toBe(live.properties.notices.items.properties.title.maxLength);
  });
});
