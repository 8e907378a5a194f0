import { describe, expect, it } from 'vitest';
import { noticeSchema } from '../../main/common/settings-schema.ts';
import { noticeSlides } from './notice-slides.ts';

const t = (key: string) => (key === 'display.notice' ? 'Practice notice' : key);
const flu = noticeSchema.parse({
  id: 'flu',
  title: 'Flu clinic on Saturday',
  body: '9am to 1pm',
  translations: { pl: { title: 'Szczepienia przeciw grypie w sobotę', body: '9:00–13:00' }, cy: { title: '', body: '' } },
});

describe('noticeSlides', () => {
  it('shows the translation in the patient’s language, labelled as a practice notice', () => {
    expect(noticeSlides([flu], 'pl', t)).toEqual([
      expect.objectContaining({ key: 'notice:flu', label: 'Practice notice', headline: 'Szczepienia przeciw grypie w sobotę', body: '9:00–13:00', lang: 'pl', dir: 'ltr' }),
    ]);
  });

  it('falls back to the English text when there is no translation, or an empty one', () => {
    for (const language of ['en', 'ur', 'cy']) {
      // Marked English, so an English notice in an Urdu pass is not laid out right to left.
      expect(noticeSlides([flu], language, t)[0]).toMatchObject({ headline: 'Flu clinic on Saturday', body: '9am to 1pm', lang: 'en', dir: 'ltr' });
    }
  });
});
