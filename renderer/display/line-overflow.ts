// What "overflows" means, in one place: the fit-text controller shrinks text until this says no,
// and every test that checks fit (e2e/support/journey.ts, languages, display, display-modes)
// asks the same question. Line boxes, not glyph extents: fonts such as Noto Sans Arabic declare
// ascent + descent of 2.1 em, which would count as overflow at any size; their ink is let past
// the edge by the box's overflow-clip-margin instead.
//
// measureLines reads the page and uses nothing outside its own body, so a test can hand it to
// Playwright as is (`locator.evaluate(measureLines)`); linesOverflow is pure and runs anywhere.

/** A box's size and where its lines end, in CSS pixels. */
export interface LineMeasure {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** The bottom of the box's content edge (inside padding and border). */
  readonly contentEnd: number;
  /** The bottom of each child's block: its lines at their line-height. */
  readonly lineEnds: readonly number[];
}

export function measureLines(box: Element): LineMeasure {
  const style = getComputedStyle(box);
  return {
    scrollWidth: box.scrollWidth,
    clientWidth: box.clientWidth,
    contentEnd: box.getBoundingClientRect().bottom - parseFloat(style.paddingBlockEnd) - parseFloat(style.borderBlockEndWidth),
    lineEnds: Array.from(box.children, (child) => child.getBoundingClientRect().bottom),
  };
}

/** Wider than the box (a word or line that cannot wrap). One pixel is rounding. */
export function tooWide(box: LineMeasure): boolean {
  return box.scrollWidth > box.clientWidth + 1;
}

/** Whether the box's lines do not fit it: too wide, or a child's lines ending below its content edge. */
export function linesOverflow(box: LineMeasure): boolean {
  return tooWide(box) || box.lineEnds.some((end) => end > box.contentEnd + 1);
}
