import { describe, expect, it } from 'vitest';
import { SlideRotation } from './slide-rotation.ts';

describe('SlideRotation', () => {
  it('starts at the first slide and cycles through every slide in order', () => {
    const rotation = new SlideRotation<string>(['a', 'b', 'c']);
    const seen = [rotation.current];
    for (let i = 0; i < 5; i++) seen.push(rotation.advance());
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('steps back from the first slide to the last', () => {
    const rotation = new SlideRotation<string>(['a', 'b', 'c']);
    expect(rotation.retreat()).toBe('c');
    expect(rotation.retreat()).toBe('b');
  });

  it('keeps the slide on screen when the list changes around it', () => {
    const rotation = new SlideRotation<string>(['a', 'b', 'c']);
    rotation.advance();
    rotation.replace(['c', 'b', 'x']);
    expect(rotation.current).toBe('b');
    expect(rotation.advance()).toBe('x');
  });

  it('moves on to the next surviving slide when the one on screen is removed', () => {
    const rotation = new SlideRotation<string>(['a', 'b', 'c', 'd']);
    rotation.advance(); // b
    rotation.replace(['a', 'd']);
    expect(rotation.current).toBe('d');
  });

  it('wraps round to find a survivor', () => {
    const rotation = new SlideRotation<string>(['a', 'b', 'c']);
    rotation.advance();
    rotation.advance(); // c
    rotation.replace(['a', 'z']);
    expect(rotation.current).toBe('a');
  });

  it('starts over when nothing survives, and copes with an empty list', () => {
    const rotation = new SlideRotation<string>(['a', 'b']);
    rotation.advance();
    rotation.replace(['x', 'y']);
    expect(rotation.current).toBe('x');
    rotation.replace([]);
    expect(rotation.current).toBeUndefined();
    expect(rotation.advance()).toBeUndefined();
  });

  it('does not share the caller’s array', () => {
    const keys = ['a', 'b'];
    const rotation = new SlideRotation(keys);
    keys.push('c');
    expect(rotation.keys).toEqual(['a', 'b']);
  });
});
