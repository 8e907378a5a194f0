// The on-screen keyboard's keys: UK English QWERTY, digits and the punctuation a practice needs
// for web addresses, email addresses and phone numbers. Pure, so the layout and the editing are
// tested without a browser.

export interface CharacterKey {
  readonly kind: 'char';
  readonly normal: string;
  readonly shifted: string;
}

export interface ActionKey {
  readonly kind: 'shift' | 'space' | 'backspace' | 'clear' | 'done';
}

export type KeyboardKey = CharacterKey | ActionKey;

const row = (normal: string, shifted: string): CharacterKey[] =>
  [...normal].map((char, i) => ({ kind: 'char', normal: char, shifted: [...shifted][i] ?? char }));

/** As printed on a UK keyboard: shift+2 is ", shift+3 is £, shift+' is @. */
export const UK_QWERTY: readonly (readonly KeyboardKey[])[] = [
  row('1234567890-=', '!"£$%^&*()_+'),
  row('qwertyuiop[]', 'QWERTYUIOP{}'),
  row("asdfghjkl;'#", 'ASDFGHJKL:@~'),
  row('zxcvbnm,./\\', 'ZXCVBNM<>?|'),
  [{ kind: 'shift' }, { kind: 'space' }, { kind: 'backspace' }, { kind: 'clear' }, { kind: 'done' }],
];

export function keyText(key: CharacterKey, shifted: boolean): string {
  return shifted ? key.shifted : key.normal;
}

/** Every character the keyboard can type, with or without shift. */
export function typeableCharacters(layout = UK_QWERTY): Set<string> {
  const chars = new Set<string>([' ']);
  for (const keys of layout) for (const key of keys) if (key.kind === 'char') chars.add(key.normal).add(key.shifted);
  return chars;
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
    default:
      return { value: state.value, start, end };
  }
}
