import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedPolicyDir, missingPolicies, policyRefusal } from './chromium-policy.ts';

const wanted = JSON.parse(readFileSync(new URL('../../../packaging/linux/chromium-kiosk-policy.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the kiosk policy', () => {
  it('locks what keys could open: file dialogs, incognito, guest, downloads, printing, every address but the kiosk\'s', () => {
    expect(wanted).toMatchObject({
      AllowFileSelectionDialogs: false,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      DownloadRestrictions: 3,
      PrintingEnabled: false,
      URLAllowlist: ['http://127.0.0.1'],
    });
    // "*" alone no longer covers Chromium's own pages: they are named.
    expect(wanted.URLBlocklist).toEqual(expect.arrayContaining(['*', 'chrome://*', 'devtools://*', 'file://*']));
  });
});

describe('missingPolicies', () => {
  it('is empty when the installed files set every policy, split over files or not', () => {
    expect(missingPolicies([wanted], wanted)).toEqual([]);
    const [first, ...rest] = Object.entries(wanted);
    expect(missingPolicies([Object.fromEntries([first!]), Object.fromEntries(rest)], wanted)).toEqual([]);
  });
  it('names what is missing or set otherwise', () => {
    expect(missingPolicies([], { PrintingEnabled: false })).toEqual(['PrintingEnabled']);
    expect(missingPolicies([{ PrintingEnabled: true, URLAllowlist: ['*'] }], { PrintingEnabled: false, URLAllowlist: ['http://127.0.0.1'] })).toEqual([
      'PrintingEnabled',
      'URLAllowlist',
    ]);
  });
});

describe('policyRefusal and managedPolicyDir', () => {
  it('says in one line what is missing and how to install it, or nothing when in place', () => {
    const text = policyRefusal('/etc/chromium/policies/managed', ['PrintingEnabled'])!;
    expect(text).not.toContain('\n');
    expect(text).toContain('PrintingEnabled');
    expect(text).toContain('sudo install -D -m 644 packaging/linux/chromium-kiosk-policy.json /etc/chromium/policies/managed/');
    expect(text).toContain('--unlocked');
    expect(policyRefusal('/etc/chromium/policies/managed', [])).toBeUndefined();
  });
  it('knows where each browser reads its policy', () => {
    expect(managedPolicyDir('/usr/bin/chromium')).toBe('/etc/chromium/policies/managed');
    expect(managedPolicyDir('/usr/bin/chromium-browser')).toBe('/etc/chromium-browser/policies/managed');
    expect(managedPolicyDir('/usr/bin/google-chrome-stable')).toBe('/etc/opt/chrome/policies/managed');
  });
});
