// A chosen, ordered subset of a fixed list (the slides that show, the languages offered), as
// the rows of a list with a tick and move buttons: chosen items first in their order, then the
// rest in catalogue order.

export interface ChoiceRow<T> {
  readonly item: T;
  readonly chosen: boolean;
  /** Position among the chosen items; -1 when not chosen. */
  readonly index: number;
}

export function orderedChoice<T>(all: readonly T[], chosen: readonly T[]): ChoiceRow<T>[] {
  return [
    ...chosen.filter((item) => all.includes(item)).map((item, index) => ({ item, chosen: true, index })),
    ...all.filter((item) => !chosen.includes(item)).map((item) => ({ item, chosen: false, index: -1 })),
  ];
}

/** A copy with the item at `index` moved by `by` places, kept within the list. */
export function moveItem<T>(items: readonly T[], index: number, by: number): T[] {
  const copy = [...items];
  const to = Math.max(0, Math.min(copy.length - 1, index + by));
  if (index < 0 || index >= copy.length || to === index) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
