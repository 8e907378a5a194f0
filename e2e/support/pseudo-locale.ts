// A pseudo-locale for tests only, made from English: every Latin letter accented and the text
// padded to about 40% longer, with brackets so clipping at either end shows. It proves the
// layout survives long, accented translations before real ones exist. Never shipped.
import { readLocale, type LocaleTree } from '../../locales/locale-files.ts';

const ACCENTED: Record<string, string> = {
  a: 'ȧ', b: 'ƀ', c: 'ç', d: 'ď', e: 'ê', f: 'ƒ', g: 'ğ', h: 'ĥ', i: 'ï', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ḿ',
  n: 'ñ', o: 'ö', p: 'ṗ', q: 'ʠ', r: 'ř', s: 'š', t: 'ŧ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'Ê', F: 'Ƒ', G: 'Ğ', H: 'Ĥ', I: 'Ï', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ḿ',
  N: 'Ñ', O: 'Ö', P: 'Ṗ', Q: 'Ǫ', R: 'Ř', S: 'Š', T: 'Ŧ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** How much longer than English the pseudo text is, as a fraction. */
export const PSEUDO_EXPANSION = 0.4;
const PADDING = 'ŀöñğ ŵöřďš ŧö ŧêšŧ ŵřȧṗṗïñğ ȧñď ƒïŧŧïñğ ';

export function pseudoString(english: string): string {
  // Placeholders stay as they are, or interpolation would break.
  const parts = english.split(/(\{\{[^}]*\}\})/);
  const accented = parts.map((part) => (part.startsWith('{{') ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join(''))).join('');
  const extra = Math.ceil(english.length * PSEUDO_EXPANSION);
  const padding = PADDING.repeat(Math.ceil(extra / PADDING.length) + 1).slice(0, extra).trimEnd();
  return `[${accented} ${padding}]`;
}

function pseudoTree(tree: LocaleTree): LocaleTree {
  const out: LocaleTree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[key] = pseudoString(value);
    else if (value && typeof value === 'object') out[key] = pseudoTree(value);
    else out[key] = value;
  }
  return out;
}

export function pseudoLocale(): LocaleTree {
  const { _meta: _ignored, ...english } = readLocale('en');
  return {
    _meta: { language: 'Pseudo', english: 'Pseudo-locale (tests only)', status: 'draft', reviewedBy: null },
    ...pseudoTree(english),
  };
}
