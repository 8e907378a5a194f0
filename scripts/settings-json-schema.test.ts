import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { settingsJsonSchema } from '../main/common/settings-json-schema.ts';

describe('docs/settings.schema.json', () => {
  it('matches the schema in the code (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('docs/settings.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(settingsJsonSchema())));
  });
});
