// What an import (or a restore) would change, in words a receptionist can check before
// applying it. Lists of plain values (slides, languages) compare as a whole, since their order
// matters; notices compare by id, so an edited notice shows as edited, not removed and added.

import { settingLabel } from './setting-labels.ts';

export interface SettingsChange {
  /** Dotted path, notices named by id: "notices.flu.title". */
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (value: unknown): value is { id: string }[] => Array.isArray(value) && value.every((x) => isRecord(x) && typeof x.id === 'string');
const byId = (items: { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, item]));

export function diffSettings(before: unknown, after: unknown, path = ''): SettingsChange[] {
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (hasIds(before) && hasIds(after) && (before.length > 0 || after.length > 0)) return diffSettings(byId(before), byId(after), path);
  if (isRecord(before) && isRecord(after)) {
    const changes: SettingsChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (key === '$schema') continue;
      if (!(key in after)) changes.push({ path: join(key), kind: 'removed', before: before[key] });
      else if (!(key in before)) changes.push({ path: join(key), kind: 'added', after: after[key] });
      else changes.push(...diffSettings(before[key], after[key], join(key)));
    }
    return changes;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, kind: 'changed', before, after }];
}

/** "practice.name" -> "Practice name": the setting in the staff screens' own words. */
export function describePath(path: string, ...settings: Parameters<typeof settingLabel> extends [string, ...infer R] ? R : never): string {
  return settingLabel(path, ...settings);
}

/** A value as one short line of text (never HTML). */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.join(', ');
  if (isRecord(value) && typeof value.title === 'string') return value.title;
  return JSON.stringify(value);
}
