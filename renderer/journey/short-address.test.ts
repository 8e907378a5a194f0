import { describe, expect, it } from 'vitest';
import { shortAddress } from './short-address.ts';

describe('shortAddress', () => {
  it.each([
    ['https://www.nhs.uk/about-us/managing-patient-feedback/', 'www.nhs.uk/about-us/managing-patient-feedback'],
    ['https://www.nhs.uk/', 'www.nhs.uk'],
    ['https://example.nhs.uk/contact?x=1', 'example.nhs.uk/contact?x=1'],
    ['https://Example.NHS.uk:8443/a', 'example.nhs.uk:8443/a'],
  ])('%s is written as %s', (url, expected) => {
    expect(shortAddress(url)).toBe(expected);
  });
});
