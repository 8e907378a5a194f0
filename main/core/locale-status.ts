// Which translated strings still match their English. Each translation records, per key, a
// short hash of the English it was made from (`_meta.sourceHashes`); when the English changes the
// hash no longer matches and that string is stale until someone translates it again. Pure apart
// from hashing, so the catalogue (server), `npm run locales:status` and the tests share it.
import { createHash } from 'node:crypto';

export type KeyStatus = 'reviewed' | 'draft' | 'stale';

export function sourceHash(english: string): string {
  return createHash('sha256').update(english).digest('hex').slice(0, 12);
}

type Tree = { readonly [key: string]: unknown };

/** Every string by dotted key, `_meta` left out. */
export function flatStrings(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === '_meta') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatStrings(value as Tree, path)) out.set(k, v);
  }
  return out;
}

/** i18next plural keys ("x_one") are made from their base key's English. */
function englishKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

/**
 * Each translated key's status: stale when the English it was made from is not today's English
 * (or was never recorded), otherwise reviewed or draft as the file declares.
 */
export function keyStatuses(english: Tree, translation: Tree): Map<string, KeyStatus> {
  const source = flatStrings(english);
  const meta = (translation._meta ?? {}) as { status?: unknown; sourceHashes?: Record<string, unknown> };
  const hashes = meta.sourceHashes ?? {};
  const fileReviewed = meta.status === 'reviewed';
  const out = new Map<string, KeyStatus>();
  for (const key of flatStrings(translation).keys()) {
    const text = source.get(englishKey(key));
    if (text === undefined) continue;
    const current = hashes[key] === sourceHash(text);
    out.set(key, !current ? 'stale' : fileReviewed ? 'reviewed' : 'draft');
  }
  return out;
}

import type { StatusCounts } from '../common/api-contract.ts';

export type { StatusCounts };

export function countStatuses(statuses: ReadonlyMap<string, KeyStatus>): StatusCounts {
  const counts: StatusCounts = { reviewed: 0, draft: 0, stale: 0 };
  for (const status of statuses.values()) counts[status]++;
  return counts;
}

/** Records that `keys` (all when omitted) of a translation were made from today's English. */
export function stampHashes(english: Tree, translation: Tree, keys?: readonly string[]): Record<string, string> {
  const source = flatStrings(english);
  const meta = (translation._meta ?? {}) as { sourceHashes?: Record<string, string> };
  const hashes = { ...(meta.sourceHashes ?? {}) };
  for (const key of keys ?? [...flatStrings(translation).keys()]) {
    const text = source.get(englishKey(key));
    if (text !== undefined) hashes[key] = sourceHash(text);
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}
