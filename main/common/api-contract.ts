// The page's API as both sides see it: the routes in main/web check what they send against
// these types (`satisfies`) and the page's clients read responses as them, so a change to a
// response is a type error on both sides rather than a cast that silently lies. (GitHub
// Desktop keeps its IPC contract the same way, in one module both processes import.)
// The admin API's types are still in renderer/admin/admin-api.ts (issue 15, to follow).

/** A translation's review state, as its file's `_meta.status` declares (or why it is unusable). */
export type LocaleStatus = 'source' | 'draft' | 'reviewed' | 'missing' | 'invalid';

/** One translation, as reception sees it. */
export interface LocaleSummary {
  readonly code: string;
  readonly endonym: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  readonly status: LocaleStatus;
  /** Who reviewed it (name and date) once a qualified translator has; otherwise null. */
  readonly reviewedBy: string | null;
  /** Why a file could not be used, for `missing` and `invalid`. */
  readonly problem?: string;
  /** Strings reviewed, draft, or stale (made from English that has since changed). */
  readonly keys?: StatusCounts;
}

/** How many of a translation's strings are in each state. */
export interface StatusCounts {
  reviewed: number;
  draft: number;
  stale: number;
}

/** GET /api/locales: every language the kiosk offers, in the order of languages.ts. */
export type LocaleList = readonly LocaleSummary[];

/** GET /api/locales/<code>: a language's text, without `_meta`; `_checked` lists the keys a
 * translator checked against today's English. */
export type LocaleText = Record<string, unknown>;

/** GET /api/events: the server-sent event sent when the settings change, and once on connecting. */
export const SETTINGS_EVENT = 'settings';

/** Its data: the settings' revision, the same string as /api/config's ETag without quotes. */
export type SettingsEventData = string;
