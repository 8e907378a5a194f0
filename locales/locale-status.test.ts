// A translation made from English that has since changed is reported stale, key by key.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { keyStatuses, stampHashes } from '../main/core/locale-status.ts';
import { readLocale } from './locale-files.ts';

const english = readLocale('en');
const polish = readLocale('pl');

describe('locale status', () => {
  it('a changed English key marks only that translation stale', () => {
    const fresh = { ...polish, _meta: { ...(polish._meta as object), sourceHashes: stampHashes(english, polish) } };
    expect([...keyStatuses(english, fresh).values()].every((s) => s === 'draft')).toBe(true);
    const changed = structuredClone(english) as { menu: { back: string } };
    changed.menu.back = 'Go back';
    const statuses = keyStatuses(changed, fresh);
    expect([...statuses].filter(([, s]) => s === 'stale').map(([k]) => k)).toEqual(['menu.back']);
  });

  it('a reviewed file’s keys are reviewed only where the English they were made from is recorded and current', () => {
    const unstamped = { ...polish, _meta: { ...(polish._meta as object), sourceHashes: {} } };
    const reviewed = { ...polish, _meta: { ...(polish._meta as object), status: 'reviewed', sourceHashes: stampHashes(english, unstamped, ['menu.back']) } };
    const statuses = keyStatuses(english, reviewed);
    expect(statuses.get('menu.back')).toBe('reviewed');
    expect(statuses.get('menu.title')).toBe('stale');
  });

  it('npm run locales:status prints reviewed, draft and stale for every language', () => {
    const out = execFileSync(process.execPath, ['scripts/locales-status.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^language\s+file\s+reviewed\s+draft\s+stale/);
    for (const code of ['cy', 'pl', 'ar', 'zh-Hant']) expect(out).toMatch(new RegExp(`^${code}\\s+(draft|reviewed)\\s+\\d+\\s+\\d+\\s+\\d+`, 'm'));
  });
});
