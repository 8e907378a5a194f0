// The product's own definition of "overflows" (renderer/display/line-overflow.ts), for tests.
// A callback passed to Playwright's evaluate is sent to the page as source and cannot close over
// an import, so the page functions here are built from measureLines' source.
import { measureLines, type LineMeasure } from '../../renderer/display/line-overflow.ts';

export { linesOverflow, tooWide, type LineMeasure } from '../../renderer/display/line-overflow.ts';

/** One element as the page measured it: which slide it is in, its class (or tag), its lang. */
export interface Measured {
  readonly slide: string | null;
  readonly label: string;
  readonly lang: string | null;
  readonly lines: LineMeasure;
}

/** A page function for `locator.evaluateAll(measureEach)`: every matched element, measured. */
export const measureEach = new Function(
  'elements',
  `const measureLines = ${measureLines};
  return elements.map((el) => ({
    slide: el.getRootNode().host?.getAttribute('data-slide') ?? null,
    label: el.className || el.tagName.toLowerCase(),
    lang: el.getAttribute('lang'),
    lines: measureLines(el),
  }));`,
) as (elements: Element[]) => Measured[];

/** A page function that runs `body(measureLines)` in the page: for checks that walk the DOM there. */
export function withMeasureLines<R>(body: (measure: (box: Element) => LineMeasure) => R): () => R {
  return new Function(`return (${body})(${measureLines});`) as () => R;
}
