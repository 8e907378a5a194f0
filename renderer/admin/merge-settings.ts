// "Load their changes" after a clash: a three-way merge of the settings both people started
// from (base), my draft and what they saved. Where only one side changed a setting, that change
// is kept; where both changed the same setting differently, it is a conflict, listed by path so
// staff can choose. Notices merge by id, so two people editing different notices never clash.

export interface MergeResult<T> {
  /** Their settings with my changes on top; at a conflict, the side `prefer` names. */
  readonly merged: T;
  /** Dotted paths (notices by id) that both changed differently. */
  readonly conflicts: readonly string[];
}

type Side = 'mine' | 'theirs';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (value: unknown): value is { id: string }[] => Array.isArray(value) && value.every((x) => isRecord(x) && typeof x.id === 'string');

function merge(base: unknown, mine: unknown, theirs: unknown, path: string, prefer: Side, conflicts: string[]): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
      const value = merge(base[key], mine[key], theirs[key], join(key), prefer, conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (hasIds(base) && hasIds(mine) && hasIds(theirs)) {
    const find = (list: { id: string }[], id: string) => list.find((item) => item.id === id);
    // Their order, then anything I added; an item either side removed (unedited by the other) goes.
    const ids = [...new Set([...theirs.map((x) => x.id), ...mine.map((x) => x.id)])];
    const out: unknown[] = [];
    for (const id of ids) {
      const value = merge(find(base, id), find(mine, id), find(theirs, id), join(id), prefer, conflicts);
      if (value !== undefined) out.push(value);
    }
    return out;
  }
  conflicts.push(path);
  return prefer === 'mine' ? mine : theirs;
}

export function mergeSettings<T>(base: T, mine: T, theirs: T, prefer: Side = 'mine'): MergeResult<T> {
  const conflicts: string[] = [];
  const merged = merge(base, mine, theirs, '', prefer, conflicts) as T;
  return { merged, conflicts };
}

/** The value at a path as the merge names it: list items with ids by id ("notices.flu.title"). */
export function valueAt(document: unknown, path: string): unknown {
  let here: unknown = document;
  for (const part of path.split('.')) {
    if (hasIds(here)) here = here.find((item) => item.id === part);
    else if (Array.isArray(here)) here = here[Number(part)];
    else if (isRecord(here)) here = here[part];
    else return undefined;
  }
  return here;
}
