import { describe, expect, it } from 'vitest';
import { moveItem, orderedChoice } from './ordered-choice.ts';

describe('orderedChoice', () => {
  it('lists the chosen items first in their order, then the rest in catalogue order', () => {
    expect(orderedChoice(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual([
      { item: 'c', chosen: true, index: 0 },
      { item: 'a', chosen: true, index: 1 },
      { item: 'b', chosen: false, index: -1 },
      { item: 'd', chosen: false, index: -1 },
    ]);
  });

  it('ignores chosen items that are not in the catalogue', () => {
    expect(orderedChoice(['a'], ['z', 'a']).map((r) => r.item)).toEqual(['a']);
  });
});

describe('moveItem', () => {
  it('moves up and down one place', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('stays within the list and never loses an item', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 7, 1)).toEqual(['a', 'b']);
  });

  it('does not change the original', () => {
    const items = ['a', 'b'];
    moveItem(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });
});
