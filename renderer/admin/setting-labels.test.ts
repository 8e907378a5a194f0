import { describe, expect, it } from 'vitest';
import { settingLabel } from './setting-labels.ts';
import schema from '../../docs/settings.schema.json';

const settings = { notices: [{ id: 'notice-mx0ki8ni', title: 'Flu clinic' }] };

describe('settingLabel', () => {
  it.each([
    ['practice.name', 'Practice name'],
    ['display.dwellSeconds', 'Seconds each message stays on screen'],
    ['links.review', 'Review page'],
    ['openingHours.week.fri', 'Opening hours on Friday'],
    ['openingHours.week.fri.close', 'Friday closes'],
    ['notices.0.title', 'Notice “Flu clinic”: title'],
    ['notices.notice-mx0ki8ni', 'Notice “Flu clinic”'],
    ['notices.notice-mx0ki8ni.translations.pl.body', 'Notice “Flu clinic”: Polish text'],
    ['notices.3.startDate', 'A notice: first day'],
    ['remoteAdmin.enabled', 'Remote admin'],
  ])('%s is "%s"', (path, label) => {
    expect(settingLabel(path, settings)).toBe(label);
  });
});

/** Every setting a file can hold, from the settings' JSON Schema (notices as notice 0). */
function schemaPaths(node: SchemaNode, prefix = ''): string[] {
  if (node.type === 'array' && node.items?.properties) return schemaPaths(node.items, `${prefix}.0`);
  if (!node.properties) return [prefix];
  return Object.entries(node.properties).flatMap(([key, child]) => schemaPaths(child, prefix ? `${prefix}.${key}` : key));
}
interface SchemaNode {
  readonly type?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
}

describe('every setting has a label in staff words', () => {
  // $schema and version are for editors and migration; staff never see or change them.
  const paths = schemaPaths(schema as SchemaNode).filter((p) => p !== '$schema' && p !== 'version');

  it.each(paths)('%s', (path) => {
    const label = settingLabel(path, settings);
    // No internal names: no dotted paths, no camelCase words.
    expect(label).not.toMatch(/\.|[a-z][A-Z]/);
  });
});
