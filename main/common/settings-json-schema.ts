// The settings schema as JSON Schema, for editors (docs/settings.schema.json is generated from
// this by `npm run schema`, and a test keeps the committed copy in step).
import { z } from 'zod';
import { settingsSchema } from './settings-schema.ts';

export function settingsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Waiting Room Kiosk settings',
    description: 'settings.json in the kiosk data directory. Every field may be left out to use its default.',
  };
}
