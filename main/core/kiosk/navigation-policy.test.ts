import { describe, expect, it } from 'vitest';
import { isAppUrl, startUrl } from './navigation-policy.ts';

describe('isAppUrl', () => {
  it.each([
    'app://kiosk/',
    'app://kiosk/index.html',
    'app://kiosk/assets/index-abc.js',
    'app://kiosk/api/config?x=1#top',
    'APP://KIOSK/', // schemes and hosts are case-insensitive
  ])('allows the kiosk page %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'https://www.nhs.uk/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://other/',
    'app://kiosk.evil.example/',
    'app://kiosk@evil.example/',
    'app://user:pass@kiosk/',
    'app://kiosk:8080/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'blob:app://kiosk/1234',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('startUrl', () => {
  it('is the kiosk root, which the policy allows', () => {
    expect(startUrl()).toBe('app://kiosk/');
    expect(isAppUrl(startUrl())).toBe(true);
  });

  it('carries the query the page reads, encoded', () => {
    expect(startUrl({ cursor: 'hidden' })).toBe('app://kiosk/?cursor=hidden');
    expect(new URL(startUrl({ a: 'b&c' })).searchParams.get('a')).toBe('b&c');
  });
});
