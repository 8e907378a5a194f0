// Turns settings into the slides the display shows, in order, in one language.
import type { Settings } from '../../main/common/settings-schema.ts';
import { SLIDE_PICTOGRAMS } from './pictograms.ts';

export interface SlideContent {
  /** Stable across settings changes and languages: the rotation follows it. */
  readonly key: string;
  readonly pictogram: string;
  /** A small line above the headline, e.g. "Practice notice". */
  readonly label?: string;
  readonly headline: string;
  readonly body: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function builtInSlides(settings: Settings, t: Translate): SlideContent[] {
  const practice = settings.practice.name;
  return settings.display.slides.map((id) => ({
    key: id,
    pictogram: SLIDE_PICTOGRAMS[id],
    headline: t(`slides.${id}.headline`, { practice }),
    body: t(`slides.${id}.body`, { practice }),
  }));
}
