import { describe, expect, it } from 'vitest';
import { httpsUrlProblem, isHttpsUrl } from './https-url.ts';

describe('httpsUrlProblem says what is wrong with a link', () => {
  it.each([
    ['https://www.threewayssurgery,nhs,uk/contact', 'comma where a full stop should be'],
    ['https://threewayssurgery', 'needs a full stop in it'],
    ['http://www.nhs.uk/', 'Change http:// to https://'],
    ['www.nhs.uk', 'starting with https://'],
    ['https://www.nhs .uk', 'no spaces'],
    ['https://', 'Add the website’s name'],
    ['https://user:pw@example.org/', 'Remove the part before the @'],
    ['https://www..nhs.uk/', 'single full stops'],
    ['https://www.nhs_uk.org/', 'letters, numbers, hyphens'],
  ])('%s: %s', (url, words) => {
    expect(httpsUrlProblem(url)).toContain(words);
    expect(isHttpsUrl(url)).toBe(false);
  });

  it.each(['https://www.nhs.uk/services/gp-surgery/x/A12345?tab=reviews#top', 'HTTPS://www.nhs.uk/', 'https://xn--bcher-kva.example/'])('accepts %s', (url) => {
    expect(httpsUrlProblem(url)).toBeUndefined();
    expect(isHttpsUrl(url)).toBe(true);
  });
});
