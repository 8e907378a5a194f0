// The one rule for every text field the kiosk stores, and the rule for passwords. Host-free: the
// settings schema and the staff screens use it, and so does the server for the remote password.
//
// Refused: NUL and the C1 controls (U+0080–U+009F: invisible, and some terminals act on them),
// the line and paragraph separators U+2028/U+2029 (they break a line where none may be), lone
// surrogates (half a character: shown as a box, encoded as U+FFFD), and text made only of
// invisible characters (a name that is only U+202E, or only zero-width spaces, shows as nothing).

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000\u0080-\u009f]/;
const SEPARATOR = /[\u2028\u2029]/;
const LONE_SURROGATE = /\p{Cs}/u;
/** Format characters (bidi controls, zero-width), default-ignorables, controls, spaces, blank fillers. */
const INVISIBLE_ONLY = /^[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]+$/u;

export const TEXT_MESSAGES = {
  control: 'This cannot contain control characters',
  separator: 'This cannot contain line or paragraph separators',
  surrogate: 'This contains a broken character: type it again',
  invisible: 'This has only invisible characters: type some text, or leave it empty',
} as const;

/** What is wrong with a stored text, or undefined. Empty (or spaces only, trimmed away) is left to each field. */
export function textProblem(text: string): string | undefined {
  if (CONTROL.test(text)) return TEXT_MESSAGES.control;
  if (SEPARATOR.test(text)) return TEXT_MESSAGES.separator;
  if (LONE_SURROGATE.test(text)) return TEXT_MESSAGES.surrogate;
  const trimmed = text.trim();
  if (trimmed !== '' && INVISIBLE_ONLY.test(trimmed)) return TEXT_MESSAGES.invisible;
  return undefined;
}

export const PASSWORD_MIN_CHARACTERS = 10;
export const PASSWORD_RULE = `The password must be at least ${PASSWORD_MIN_CHARACTERS} characters`;

/**
 * The remote password: counted in characters (code points after NFC, as it is hashed), not UTF-16
 * units, so "é" typed two ways counts once; never only spaces or invisible characters.
 */
export function passwordProblem(password: string): string | undefined {
  if (CONTROL.test(password) || LONE_SURROGATE.test(password)) return 'The password cannot contain control characters or broken characters';
  if (INVISIBLE_ONLY.test(password)) return 'The password cannot be only spaces or invisible characters';
  if ([...password.normalize('NFC')].length < PASSWORD_MIN_CHARACTERS) return PASSWORD_RULE;
  return undefined;
}
