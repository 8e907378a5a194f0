// How a group document and a kiosk's own changes become the kiosk's settings. Pure.
//
// The group decides everything except the settings it lists in localKeys. A local change is a
// value at one of those keys that differs from what the group last sent (or, the first time,
// from the default): it is kept. A key the kiosk changed that the group no longer lists is a
// conflict staff must see: the new document is not applied until the kiosk's value matches the
// group's again or the group allows the key again, so a local change is never lost silently.
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../common/settings-schema.ts';

export interface AppliedGroup {
  /** The group's own settings as last applied, before local changes. */
  readonly settings: Settings;
  readonly localKeys: readonly string[];
}

export type MergeResult = { ok: true; settings: Settings; localChanges: string[] } | { ok: false; problem: string };

export function mergeGroupSettings(group: AppliedGroup, previous: AppliedGroup | undefined, current: Settings): MergeResult {
  const baseline = previous?.settings ?? DEFAULT_SETTINGS;
  const candidates = previous?.localKeys ?? group.localKeys;
  const localChanges = candidates.filter((key) => !sameValue(valueAt(current, key), valueAt(baseline, key)));
  const withdrawn = localChanges.filter((key) => !group.localKeys.includes(key));
  if (withdrawn.length > 0) {
    return {
      ok: false,
      problem: `the group no longer lets kiosks change ${withdrawn.join(', ')}, which this kiosk changed: set it back to the group's value here, or allow it again in the group document`,
    };
  }
  let merged: Record<string, unknown> = structuredClone(group.settings) as Record<string, unknown>;
  for (const key of localChanges) merged = withValueAt(merged, key, valueAt(current, key));
  // The kiosk's own link to its group (url, public key) never comes from the group.
  if (current.group === undefined) delete merged.group;
  else merged.group = current.group;
  const checked = validateSettings(merged);
  if (!checked.ok) return { ok: false, problem: `this kiosk's own changes do not fit the group settings: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` };
  return { ok: true, settings: checked.settings, localChanges };
}

export function valueAt(settings: unknown, path: string): unknown {
  let value: unknown = settings;
  for (const part of path.split('.')) value = isObject(value) ? value[part] : undefined;
  return value;
}

function withValueAt(settings: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...settings };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  copy[head] = withValueAt(isObject(copy[head]) ? copy[head] : {}, rest.join('.'), value);
  return copy;
}

/** Equal as JSON, whatever the order of keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
