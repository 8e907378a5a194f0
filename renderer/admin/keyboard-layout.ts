// The on-screen keyboard's keys: UK English QWERTY, digits and the punctuation a practice needs
// for web addresses, email addresses and phone numbers, and a layer of the accented letters of
// every Latin-script language the kiosk can show, with dashes and quotes. Pure, so the layout
// and the editing are tested without a browser.

export interface CharacterKey {
  readonly kind: 'char';
  readonly normal: string;
  readonly shifted: string;
}

export interface ActionKey {
  readonly kind: 'shift' | 'accents' | 'space' | 'left' | 'right' | 'backspace' | 'clear' | 'done';
}

export type KeyboardKey = CharacterKey | ActionKey;

const row = (normal: string, shifted: string): CharacterKey[] =>
  [...normal].map((char, i) => ({ kind: 'char', normal: char, shifted: [...shifted][i] ?? char }));

const ACTIONS: readonly KeyboardKey[] = [
  { kind: 'shift' },
  { kind: 'accents' },
  { kind: 'space' },
  { kind: 'left' },
  { kind: 'right' },
  { kind: 'backspace' },
  { kind: 'clear' },
  { kind: 'done' },
];

/** As printed on a UK keyboard: shift+2 is ", shift+3 is £, shift+' is @. */
export const UK_QWERTY: readonly (readonly KeyboardKey[])[] = [
  row('1234567890-=', '!"£$%^&*()_+'),
  row('qwertyuiop[]', 'QWERTYUIOP{}'),
  row("asdfghjkl;'#", 'ASDFGHJKL:@~'),
  row('zxcvbnm,./\\', 'ZXCVBNM<>?|'),
  ACTIONS,
];

/** Capitals by the language's own rule: Turkish dotless ı pairs with dotted İ. */
const letters = (lower: string): CharacterKey[] => [...lower].map((char) => ({ kind: 'char', normal: char, shifted: char === 'ı' ? 'İ' : char.toUpperCase() }));

/**
 * Welsh (ŵ ŷ and every vowel with its accents), Polish, Romanian, Lithuanian, Turkish, French,
 * Spanish, Portuguese and Italian, grouped by the plain letter; Somali needs only the plain
 * letters and the apostrophe. Then dashes and typographic quotes, which have no shifted form.
 */
export const ACCENTS: readonly (readonly KeyboardKey[])[] = [
  letters('àáâãäąăæçćčğłñ'),
  letters('èéêëęėìíîïįıńț'),
  letters('òóôõöœśšşșźżž'),
  letters('ùúûüųūẁẃŵẅỳýŷÿ'),
  row('–—‘’“”„«»¿¡', '–—‘’“”„«»¿¡'),
  ACTIONS,
];

export function keyText(key: CharacterKey, shifted: boolean): string {
  return shifted ? key.shifted : key.normal;
}

/** Every character the keyboard can type, with or without shift, on any of its layers. */
export function typeableCharacters(layers = [UK_QWERTY, ACCENTS]): Set<string> {
  const chars = new Set<string>([' ']);
  for (const layout of layers) for (const keys of layout) for (const key of keys) if (key.kind === 'char') chars.add(key.normal).add(key.shifted);
  return chars;
}

/**
 * Languages whose script the keyboard has no letters for. Their words are typed at the
 * reception desk (or on any computer) instead; the keyboard says so rather than mistyping.
 */
const NOT_LATIN = new Set(['pa', 'ur', 'ar', 'bn', 'gu', 'zh-Hans', 'zh-Hant', 'ta', 'bg', 'fa', 'uk']);
export function keyboardCanType(language: string): boolean {
  return !NOT_LATIN.has(language);
}

export interface TextState {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The text after a key press, replacing any selection, with the caret after the change. */
export function applyKey(state: TextState, key: KeyboardKey, shifted: boolean): TextState {
  const start = Math.max(0, Math.min(state.start, state.value.length));
  const end = Math.max(start, Math.min(state.end, state.value.length));
  const insert = (text: string): TextState => {
    const value = state.value.slice(0, start) + text + state.value.slice(end);
    return { value, start: start + text.length, end: start + text.length };
  };
  switch (key.kind) {
    case 'char':
      return insert(keyText(key, shifted));
    case 'space':
      return insert(' ');
    case 'backspace': {
      if (start !== end) return insert('');
      if (start === 0) return { value: state.value, start: 0, end: 0 };
      // Step back over a whole code point so an emoji or accented letter is not split.
      const before = [...state.value.slice(0, start)];
      before.pop();
      const head = before.join('');
      return { value: head + state.value.slice(end), start: head.length, end: head.length };
    }
    case 'clear':
      return { value: '', start: 0, end: 0 };
    case 'left': {
      if (start !== end) return { value: state.value, start, end: start };
      const before = [...state.value.slice(0, start)];
      before.pop();
      const at = before.join('').length;
      return { value: state.value, start: at, end: at };
    }
    case 'right': {
      if (start !== end) return { value: state.value, start: end, end };
      const next = [...state.value.slice(end)][0] ?? '';
      return { value: state.value, start: end + next.length, end: end + next.length };
    }
    default:
      return { value: state.value, start, end };
  }
}
