import { describe, expect, it } from 'vitest';
import { linesOverflow, tooWide, type LineMeasure } from './line-overflow.ts';

const box = (over: Partial<LineMeasure> = {}): LineMeasure => ({ scrollWidth: 400, clientWidth: 400, contentEnd: 300, lineEnds: [100, 300], ...over });

describe('linesOverflow', () => {
  it('holds lines that end on the content edge, within a pixel of rounding', () => {
    expect(linesOverflow(box())).toBe(false);
    expect(linesOverflow(box({ lineEnds: [301], scrollWidth: 401 }))).toBe(false);
  });

  it('overflows when a line ends below the content edge', () => {
    expect(linesOverflow(box({ lineEnds: [100, 301.5] }))).toBe(true);
  });

  it('overflows when the content is wider than the box', () => {
    expect(tooWide(box({ scrollWidth: 402 }))).toBe(true);
    expect(linesOverflow(box({ scrollWidth: 402 }))).toBe(true);
  });

  it('an empty box fits', () => {
    expect(linesOverflow(box({ lineEnds: [] }))).toBe(false);
  });
});
