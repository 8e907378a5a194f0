// Brings a settings document written by an older kiosk up to today's shape before it is
// validated, one version at a time, so a file or an export from any older kiosk still loads.
// A document from a newer kiosk is refused with words staff can act on, never half-understood.
import { SETTINGS_VERSION, validateSettings, type SettingsResult } from '../common/settings-schema.ts';

export type SettingsDocument = Record<string, unknown>;
/** Turns a document of version n into one of version n + 1. */
export type MigrationStep = (document: SettingsDocument) => SettingsDocument;

/**
 * The steps, keyed by the version they start from. Empty while there has only been version 1:
 * when the schema changes in a way old files do not fit, bump SETTINGS_VERSION and add the step.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type MigrationResult = { ok: true; document: unknown } | { ok: false; problem: { path: string; message: string } };

export function migrateSettings(input: unknown, steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS, current = SETTINGS_VERSION): MigrationResult {
  // Anything that is not an object, and documents without a version, are left to the schema.
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('version' in input)) return { ok: true, document: input };
  let document = input as SettingsDocument;
  let version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { path: 'version', message: 'The version must be a whole number such as 1' } };
  }
  if (version > current) {
    return {
      ok: false,
      problem: {
        path: 'version',
        message: `These settings come from a newer kiosk (settings version ${version}); this kiosk understands up to version ${current}. Update this kiosk first.`,
      },
    };
  }
  while (version < current) {
    const step = steps[version];
    if (!step) return { ok: false, problem: { path: 'version', message: `Settings version ${version} can no longer be read by this kiosk` } };
    document = { ...step(document), version: version + 1 };
    version += 1;
  }
  return { ok: true, document };
}

/** Migrate, then validate: what every boundary that reads a settings document uses. */
export function readSettingsDocument(input: unknown): SettingsResult {
  const migrated = migrateSettings(input);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  return validateSettings(migrated.document);
}
