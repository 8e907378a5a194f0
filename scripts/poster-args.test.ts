import { describe, expect, it } from 'vitest';
import { parsePosterArgs } from './poster-args.ts';
import { parsePosterRequest, posterQuery } from '../renderer/poster/poster-request.ts';

describe('npm run poster arguments', () => {
  it('takes one poster or a pack', () => {
    expect(parsePosterArgs(['--lang', 'pl', '--size', 'a3', '--out', 'p.pdf', '--data-dir', 'd'])).toEqual({ mode: 'one', lang: 'pl', size: 'A3', besideEnglish: false, out: 'p.pdf', dataDir: 'd' });
    expect(parsePosterArgs(['--lang', 'cy', '--beside-english', '--out', 'p.pdf', '--data-dir', 'd'])).toMatchObject({ lang: 'cy', size: 'A4', besideEnglish: true });
    expect(parsePosterArgs(['--pack', '--out', 'dir', '--data-dir', 'd'])).toEqual({ mode: 'pack', size: 'A4', out: 'dir', dataDir: 'd' });
  });

  it('says what is wrong', () => {
    expect(() => parsePosterArgs(['--lang', 'pl', '--size', 'A5', '--out', 'p.pdf'])).toThrow('--size must be A4 or A3');
    expect(() => parsePosterArgs(['--lang', 'pl'])).toThrow('--out is needed');
    expect(() => parsePosterArgs(['--lang', 'klingon', '--out', 'p.pdf'])).toThrow('not one of the kiosk');
  });
});

describe('poster request', () => {
  it('round-trips through the query string, and refuses what it does not know', () => {
    const request = { kind: 'poster', lang: 'zh-Hans', size: 'A3', besideEnglish: true } as const;
    expect(parsePosterRequest(posterQuery(request))).toEqual(request);
    expect(parsePosterRequest('?lang=xx&size=B5&beside=en')).toEqual({ kind: 'poster', lang: 'en', size: 'A4', besideEnglish: false });
    // The leaflet is always A4.
    expect(parsePosterRequest('?lang=ur&size=A3&kind=leaflet')).toEqual({ kind: 'leaflet', lang: 'ur', size: 'A4', besideEnglish: false });
  });
});
