// How hard the English source is to read: the Flesch-Kincaid grade (US school grade; UK reading
// age is about grade + 5), from wooorm's flesch-kincaid and syllable. Used by the readability
// test and `npm run locales:status`; never by the page.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { flattenLocale, readLocale } from './locale-files.ts';

/**
 * Official names a patient must see as they are (an ombudsman, a law): not scored, as plain
 * words cannot replace them. Kept short and explicit; anything else must be plain.
 */
export const OFFICIAL_NAMES: readonly string[] = [
  'Parliamentary and Health Service Ombudsman',
  'Public Services Ombudsman for Wales',
  'Scottish Public Services Ombudsman',
  'Northern Ireland Public Services Ombudsman',
  'Patient Advice and Support Service',
  'Patient and Client Council',
  'Strategic Planning and Performance Group',
  'integrated care board',
  'NHS Complaints Advocacy',
  'Putting Things Right',
  'Care Opinion',
];

const PLACEHOLDER = /\{\{[^}]+\}\}/g;
/** Fewer words than this is a label ("Previous", "Email"): a grade means nothing for it. */
export const PROSE_WORDS = 6;

function counts(text: string) {
  let plain = text.replace(PLACEHOLDER, 'it');
  for (const name of OFFICIAL_NAMES) plain = plain.replaceAll(name, 'it');
  const sentences = plain.split(/[.!?]+(?:\s|$)/).filter((s) => /\w/.test(s));
  const words = plain.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return { sentence: Math.max(1, sentences.length), word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

/** Flesch-Kincaid grade of one string (official names and placeholders count as "it"). */
export function grade(text: string): number {
  const c = counts(text);
  return c.word === 0 ? 0 : fleschKincaid(c);
}

export function wordCount(text: string): number {
  return counts(text).word;
}

/** Every patient-facing English sentence (labels of a few words left out), by key. */
export function englishProse(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of flattenLocale(readLocale('en'))) if (typeof value === 'string' && wordCount(value) >= PROSE_WORDS) out.set(key, value);
  return out;
}

/** The grade of all the English together, as one text (sentences joined). */
export function overallGrade(strings: Iterable<string>): number {
  const total = { sentence: 0, word: 0, syllable: 0 };
  for (const s of strings) {
    const c = counts(s);
    if (c.word === 0) continue;
    total.sentence += c.sentence;
    total.word += c.word;
    total.syllable += c.syllable;
  }
  return fleschKincaid(total);
}
