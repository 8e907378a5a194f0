// `npm run schema`: writes docs/settings.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { settingsJsonSchema } from '../main/common/settings-json-schema.ts';

writeFileSync('docs/settings.schema.json', `${JSON.stringify(settingsJsonSchema(), null, 2)}\n`);
console.log('wrote docs/settings.schema.json');
