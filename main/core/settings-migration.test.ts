import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../common/settings-schema.ts';
import { migrateSettings, readSettingsDocument, type MigrationStep } from './settings-migration.ts';

// A made-up history for the mechanism: version 1 called the practice "practiceName" at the top;
// version 2 moved it into practice.name. (Today's real schema has only ever had version 1.)
const steps: Record<number, MigrationStep> = {
  1: ({ practiceName, ...rest }) => ({ ...rest, practice: { name: practiceName } }),
};

describe('settings migration', () => {
  it('brings an older document up to the current version one step at a time', () => {
    const result = migrateSettings({ version: 1, practiceName: 'Threeways Surgery' }, steps, 2);
    expect(result).toEqual({ ok: true, document: { version: 2, practice: { name: 'Threeways Surgery' } } });
  });

  it('leaves a current document, or one without a version, untouched', () => {
    const current = { version: SETTINGS_VERSION, practice: { name: 'X' } };
    expect(migrateSettings(current)).toEqual({ ok: true, document: current });
    expect(migrateSettings({ practice: { name: 'X' } })).toEqual({ ok: true, document: { practice: { name: 'X' } } });
  });

  it('refuses a document from a newer kiosk, saying what to do', () => {
    const result = readSettingsDocument({ version: SETTINGS_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe('version');
    expect(result.problems[0]?.message).toContain('newer kiosk');
    expect(result.problems[0]?.message).toContain('Update this kiosk');
  });

  it('refuses a version that is not a whole number, or one with no way forward', () => {
    for (const version of ['1', 1.5, 0, -1, null]) {
      const result = migrateSettings({ version });
      expect(result.ok, String(version)).toBe(false);
    }
    expect(migrateSettings({ version: 1 }, {}, 2)).toMatchObject({ ok: false, problem: { path: 'version' } });
  });

  it('validates the migrated document with the schema', () => {
    const result = readSettingsDocument({ version: 1, practice: { name: 'Threeways Surgery' } });
    expect(result.ok && result.settings.practice.name).toBe('Threeways Surgery');
  });
});
