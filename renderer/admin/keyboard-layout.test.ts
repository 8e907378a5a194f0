import { describe, expect, it } from 'vitest';
import { UK_QWERTY, applyKey, typeableCharacters, type KeyboardKey } from './keyboard-layout.ts';

const char = (c: string): KeyboardKey => {
  for (const keys of UK_QWERTY) for (const key of keys) if (key.kind === 'char' && (key.normal === c || key.shifted === c)) return key;
  throw new Error(`no key for ${c}`);
};

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
    const all = UK_QWERTY.flat().flatMap((k) => (k.kind === 'char' ? [k.normal, k.shifted] : [k.kind]));
    expect(new Set(all).size).toBe(all.length);
  });

  it('has shift, space, backspace, clear and done', () => {
    const actions = UK_QWERTY.flat().filter((k) => k.kind !== 'char').map((k) => k.kind);
    expect(actions.sort()).toEqual(['backspace', 'clear', 'done', 'shift', 'space']);
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

  it('copes with a caret outside the text', () => {
    expect(applyKey({ value: 'ab', start: 9, end: 9 }, char('c'), false)).toEqual({ value: 'abc', start: 3, end: 3 });
  });
});
