// The English source is written for a reading age of about 9 to 11 (US grade 4 to 6), scored
// with Flesch-Kincaid (wooorm's flesch-kincaid and syllable). Official names are exempt by the
// short list in readability.ts; everything else must be plain. A failure lists the worst keys.
import { describe, expect, it } from 'vitest';
import { englishProse, grade, overallGrade, wordCount } from './readability.ts';
import { flattenLocale, readLocale } from './locale-files.ts';

/** No single sentence above about reading age 11.5; the whole well below it. */
const MAX_KEY_GRADE = 6.5;
const MAX_OVERALL_GRADE = 5;
/** A slide body in large type on a waiting-room screen. */
const MAX_SLIDE_BODY_WORDS = 25;

const prose = englishProse();

describe('plain English', () => {
  it(`every patient-facing sentence scores at most grade ${MAX_KEY_GRADE}`, () => {
    const worst = [...prose].map(([key, text]) => ({ key, grade: Math.round(grade(text) * 10) / 10 })).sort((a, b) => b.grade - a.grade);
    expect(worst.filter((w) => w.grade > MAX_KEY_GRADE).map((w) => `${w.key}: grade ${w.grade}`), `worst keys: ${worst.slice(0, 5).map((w) => `${w.key} ${w.grade}`).join(', ')}`).toEqual([]);
  });

  it(`the English as a whole scores at most grade ${MAX_OVERALL_GRADE}`, () => {
    expect(overallGrade(prose.values())).toBeLessThanOrEqual(MAX_OVERALL_GRADE);
  });

  it(`every slide body has at most ${MAX_SLIDE_BODY_WORDS} words`, () => {
    const bodies = [...flattenLocale(readLocale('en'))].filter(([key]) => /^(slides|reviewSlide)\..*\.body$/.test(key));
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    expect(bodies.filter(([, text]) => wordCount(String(text)) > MAX_SLIDE_BODY_WORDS).map(([key]) => key)).toEqual([]);
  });

  it('the score is real: hard legal English fails', () => {
    expect(grade('Sending threatening, grossly offensive or false messages to cause distress can be a criminal offence, irrespective of the platform.')).toBeGreaterThan(MAX_KEY_GRADE);
  });
});
