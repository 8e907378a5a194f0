import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../main/common/languages.ts';
import { ACCENTS, UK_QWERTY, applyKey, keyboardCanType, typeableCharacters, type KeyboardKey } from './keyboard-layout.ts';

const char = (c: string): KeyboardKey => {
  for (const layer of [UK_QWERTY, ACCENTS]) for (const keys of layer) for (const key of keys) if (key.kind === 'char' && (key.normal === c || key.shifted === c)) return key;
  throw new Error(`no key for ${c}`);
};

const locales = import.meta.glob<unknown>('../../locales/*/kiosk.json', { eager: true, import: 'default' });

/** Every string in a locale file, however deeply nested. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];

function type(text: string): string {
  let state = { value: '', start: 0, end: 0 };
  for (const c of text) {
    const key = c === ' ' ? ({ kind: 'space' } as const) : char(c);
    state = applyKey(state, key, key.kind === 'char' && key.normal !== c);
  }
  return state.value;
}

describe('the UK QWERTY layout', () => {
  it('types every character of the addresses and names a practice enters', () => {
    const chars = typeableCharacters();
    const samples = [
      'https://www.nhs.uk/services/gp-surgery/threeways/A12345?tab=reviews&x=1#top',
      'reception.threeways@example.nhs.uk',
      '01234 567890 ext. 2',
      'St Mary’s'.replace('’', "'") + ' Surgery (Dr O\'Neil) - £5; 50% off: "yes"!',
    ];
    for (const sample of samples) for (const c of sample) expect(chars.has(c), `cannot type ${JSON.stringify(c)}`).toBe(true);
  });

  it('has all 26 letters in both cases and all ten digits', () => {
    const chars = typeableCharacters();
    for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') expect(chars.has(c)).toBe(true);
  });

  it('puts the UK symbols on their UK keys', () => {
    expect(char('2')).toMatchObject({ shifted: '"' });
    expect(char('3')).toMatchObject({ shifted: '£' });
    expect(char("'")).toMatchObject({ shifted: '@' });
  });

  it('gives each character one key only, so nothing is typed twice', () => {
    const all = [...UK_QWERTY, ...ACCENTS].flat().flatMap((k) => (k.kind !== 'char' ? [] : k.normal === k.shifted ? [k.normal] : [k.normal, k.shifted]));
    expect(new Set(all).size).toBe(all.length);
  });

  it('has shift, accents, space, cursor keys, backspace, clear and done on both layers', () => {
    for (const layer of [UK_QWERTY, ACCENTS]) {
      const actions = layer.flat().filter((k) => k.kind !== 'char').map((k) => k.kind);
      expect(actions.sort()).toEqual(['accents', 'backspace', 'clear', 'done', 'left', 'right', 'shift', 'space']);
    }
  });
});

describe('every Latin-script language the kiosk shows', () => {
  const latin = LANGUAGES.filter((l) => keyboardCanType(l.code));

  it('is Welsh, Polish, Romanian, Lithuanian, Turkish, French, Spanish, Portuguese, Italian, Somali and English', () => {
    expect(latin.map((l) => l.code).sort()).toEqual(['cy', 'en', 'es', 'fr', 'it', 'lt', 'pl', 'pt', 'ro', 'so', 'tr']);
  });

  it.each(latin.map((l) => [l.english, l.code]))('%s: every letter of its translation can be typed', (_name, code) => {
    const file = locales[`../../locales/${code}/kiosk.json`];
    expect(file).toBeDefined();
    const text = strings(file).join(' ');
    expect(text.length).toBeGreaterThan(1000);
    const chars = typeableCharacters();
    const missing = new Set([...text.normalize('NFC')].filter((c) => /\p{L}/u.test(c) && !chars.has(c)));
    expect([...missing]).toEqual([]);
  });

  it('types the words staff wrote in the issue, and dashes and quotes', () => {
    expect(type('Szczepienia na grypę w sobotę')).toBe('Szczepienia na grypę w sobotę');
    expect(type('Gwasanaeth ŵyl – „ŷ” ŴŶ Łódź İzmir')).toBe('Gwasanaeth ŵyl – „ŷ” ŴŶ Łódź İzmir');
  });
});

describe('applyKey', () => {
  it('types a sentence with shift for capitals and symbols', () => {
    expect(type('Flu clinic: Sat 9am-1pm!')).toBe('Flu clinic: Sat 9am-1pm!');
  });

  it('inserts at the caret and replaces a selection', () => {
    expect(applyKey({ value: 'Threways', start: 4, end: 4 }, char('e'), false)).toEqual({ value: 'Threeways', start: 5, end: 5 });
    expect(applyKey({ value: 'Old Surgery', start: 0, end: 3 }, char('n'), true)).toEqual({ value: 'N Surgery', start: 1, end: 1 });
  });

  it('deletes one whole character backwards, or the selection', () => {
    expect(applyKey({ value: 'abc', start: 3, end: 3 }, { kind: 'backspace' }, false)).toEqual({ value: 'ab', start: 2, end: 2 });
    expect(applyKey({ value: 'a😀', start: 3, end: 3 }, { kind: 'backspace' }, false)).toEqual({ value: 'a', start: 1, end: 1 });
    expect(applyKey({ value: 'abc', start: 0, end: 0 }, { kind: 'backspace' }, false)).toEqual({ value: 'abc', start: 0, end: 0 });
    expect(applyKey({ value: 'abcdef', start: 1, end: 4 }, { kind: 'backspace' }, false)).toEqual({ value: 'aef', start: 1, end: 1 });
  });

  it('clears the field', () => {
    expect(applyKey({ value: 'Your GP practice', start: 3, end: 3 }, { kind: 'clear' }, false)).toEqual({ value: '', start: 0, end: 0 });
  });

  it('moves the caret one character left or right, over a whole code point', () => {
    expect(applyKey({ value: 'http://a', start: 4, end: 4 }, { kind: 'right' }, false)).toEqual({ value: 'http://a', start: 5, end: 5 });
    expect(applyKey({ value: 'a😀b', start: 3, end: 3 }, { kind: 'left' }, false)).toEqual({ value: 'a😀b', start: 1, end: 1 });
    expect(applyKey({ value: 'ab', start: 0, end: 0 }, { kind: 'left' }, false)).toEqual({ value: 'ab', start: 0, end: 0 });
    expect(applyKey({ value: 'ab', start: 2, end: 2 }, { kind: 'right' }, false)).toEqual({ value: 'ab', start: 2, end: 2 });
    expect(applyKey({ value: 'abcd', start: 1, end: 3 }, { kind: 'left' }, false)).toEqual({ value: 'abcd', start: 1, end: 1 });
  });

  it('copes with a caret outside the text', () => {
    expect(applyKey({ value: 'ab', start: 9, end: 9 }, char('c'), false)).toEqual({ value: 'abc', start: 3, end: 3 });
  });
});
