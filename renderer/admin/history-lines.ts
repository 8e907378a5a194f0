// History and recent activity as sentences for people: one line per save, what changed in the
// staff screens' own words, where it was done and when ("Notice “Flu clinic” added, at the
// desk, 28 Nov 15:31"). Pure, so every kind of line is unit-tested.
import { diffSettings, describeValue, type SettingsChange } from './settings-diff.ts';
import { settingLabel } from './setting-labels.ts';

type Doc = { notices?: readonly { id: string; title: string }[] } | undefined;

const SPAN = (value: unknown) =>
  typeof value === 'object' && value !== null && 'open' in value && 'close' in value ? `${String(value.open)}–${String(value.close)}` : undefined;

/** One change in words: "Practice name changed to “Threeways Surgery”". */
export function describeChange(change: SettingsChange, before: Doc, after: Doc): string {
  const label = settingLabel(change.path, after, before);
  const isNotice = /^notices\.[^.]+$/.test(change.path);
  if (isNotice) return `${label} ${change.kind === 'added' ? 'added' : change.kind === 'removed' ? 'removed' : 'changed'}`;
  if (change.kind === 'removed') return `${label} removed`;
  const value = change.after;
  if (typeof value === 'boolean') return `${label} turned ${value ? 'on' : 'off'}`;
  const span = SPAN(value);
  if (span) return `${label}: ${span}`;
  if (typeof value === 'string' || typeof value === 'number') return `${label} changed to “${describeValue(value)}”`;
  return `${label} changed`;
}

/** What one save changed, in at most two phrases and a count of the rest. */
export function describeSave(before: unknown, after: unknown): string {
  const changes = diffSettings(before, after);
  if (changes.length === 0) return 'Saved with no changes';
  const phrases = [...new Set(changes.map((c) => describeChange(c, before as Doc, after as Doc)))];
  const shown = phrases.slice(0, 2).join('; ');
  const rest = phrases.length - 2;
  return rest > 0 ? `${shown}; and ${rest} more ${rest === 1 ? 'change' : 'changes'}` : shown;
}

export const WHERE: Record<string, string> = { kiosk: 'at the kiosk', remote: 'at the desk' };

/** "28 Nov 15:31", in the kiosk's own time. */
export function shortWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} ${time}`;
}

/** A history line: what changed, where (when known), when. */
export function historyLine(what: string, at: string, surface?: string): string {
  return [what, surface ? WHERE[surface] : undefined, shortWhen(at)].filter(Boolean).join(', ');
}

const ACTIONS: Record<string, string> = {
  'pin-set': 'Staff PIN set',
  'pin-changed': 'Staff PIN changed',
  'signed-in': 'Signed in',
  'sign-in-refused': 'Wrong PIN or password',
  'remote-password-set': 'Remote admin password set',
  'kiosk-mode-left': 'Kiosk mode left',
  'settings-saved': 'Settings saved',
  'settings-restored': 'An earlier version put back',
};

/** An audit event as a line: "Settings saved (Opening hours), at the desk, 28 Nov 15:31". */
export function activityLine(event: { at: string; action: string; surface: string; detail: string }): string {
  const action = ACTIONS[event.action] ?? event.action.replace(/-/g, ' ');
  const changed = /changed (.+)$/.exec(event.detail)?.[1];
  const what = changed ? `${action} (${changed.split(', ').map((path) => settingLabel(path)).join(', ')})` : action;
  return historyLine(what, event.at, event.surface);
}
