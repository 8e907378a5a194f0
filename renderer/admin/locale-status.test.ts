import { describe, expect, it } from 'vitest';
import type { LocaleSummary } from '../../main/common/api-contract.ts';
import { localeStatusLine } from './locale-status.ts';

const polish: LocaleSummary = { code: 'pl', endonym: 'Polski', english: 'Polish', dir: 'ltr', status: 'draft', reviewedBy: null, keys: { reviewed: 0, draft: 92, stale: 0 } };

describe('localeStatusLine', () => {
  it('says whether a translator checked it', () => {
    expect(localeStatusLine(polish)).toBe('Draft, not yet checked by a qualified translator');
    expect(localeStatusLine({ ...polish, status: 'reviewed', reviewedBy: 'A. Nowak', keys: { reviewed: 92, draft: 0, stale: 0 } })).toBe('Checked by a qualified translator');
    expect(localeStatusLine({ ...polish, code: 'en', status: 'source' })).toBe('Source text');
    expect(localeStatusLine({ ...polish, status: 'missing', keys: undefined })).toBe('Not translated yet: shows in English');
  });

  it('counts the lines made from English that has since changed', () => {
    expect(localeStatusLine({ ...polish, keys: { reviewed: 0, draft: 89, stale: 3 } })).toBe('Draft, not yet checked by a qualified translator; 3 lines out of date since the English changed');
    expect(localeStatusLine({ ...polish, status: 'reviewed', keys: { reviewed: 91, draft: 0, stale: 1 } })).toBe('Checked by a qualified translator; 1 line out of date since the English changed');
  });
});
