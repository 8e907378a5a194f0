// Each translation's review state for the Languages section, from GET /api/locales (the server's
// catalogue, main/core/locale-status.ts): the same counts `npm run locales:status` prints, so
// staff and the command line never disagree. Relative, so it resolves on both surfaces: `/` on
// the kiosk, `/admin/` at the reception desk (served there as /admin/api/locales).
import type { LocaleList, LocaleSummary } from '../../main/common/api-contract.ts';
import { TEXT } from './admin-text.ts';

export async function fetchLocaleList(): Promise<LocaleList> {
  const response = await fetch('./api/locales', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The list of languages could not be read (${response.status})`);
  return (await response.json()) as LocaleList;
}

/** "Draft, not yet checked by a qualified translator; 3 lines out of date since the English changed". */
export function localeStatusLine(summary: LocaleSummary): string {
  const words = TEXT.languages.status;
  if (summary.status === 'source' || summary.status === 'missing' || summary.status === 'invalid') return words[summary.status];
  const stale = summary.keys?.stale ?? 0;
  return stale > 0 ? `${words[summary.status]}; ${words.stale(stale)}` : words[summary.status];
}
