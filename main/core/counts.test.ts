import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, addCounts, countsCsv, emptyCounts, parseCounts, pruneCounts, totalOf, weeklyCounts } from './counts.ts';
import { CountsStore } from './counts-store.ts';
import { silentLogger } from './logger.ts';

describe('counts', () => {
  it('adds per day, language and event, and nothing else', () => {
    const doc = addCounts(emptyCounts(), [
      ['2026-11-23', 'pl', 'qr-review', 1],
      ['2026-11-23', 'pl', 'qr-review', 2],
      ['2026-11-24', 'en', 'screen-menu', 1],
    ]);
    expect(doc).toEqual({ version: 1, days: { '2026-11-23': { pl: { 'qr-review': 3 } }, '2026-11-24': { en: { 'screen-menu': 1 } } } });
  });

  it('refuses a file with anything else in it', () => {
    expect(parseCounts('{"version":1,"days":{"2026-11-23":{"pl":{"qr-review":3}}}}')).toBeDefined();
    expect(parseCounts('{"version":1,"days":{"2026-11-23T10:00":{"pl":{"qr-review":3}}}}')).toBeUndefined();
    expect(parseCounts('{"version":1,"days":{"2026-11-23":{"pl":{"who":"Ann"}}}}')).toBeUndefined();
    expect(parseCounts('{"version":1,"days":{}')).toBeUndefined();
  });

  it('sums the last twelve weeks, Monday to Sunday, current week last', () => {
    const doc = addCounts(emptyCounts(), [
      ['2026-11-23', 'pl', 'qr-review', 2], // Monday of this week
      ['2026-11-29', 'en', 'qr-review', 1], // its Sunday
      ['2026-11-22', 'en', 'qr-complaint', 4], // the Sunday before
      ['2026-08-01', 'en', 'qr-complaint', 9], // before the twelve weeks
    ]);
    const weeks = weeklyCounts(doc, '2026-11-26');
    expect(weeks).toHaveLength(12);
    expect(weeks[11]?.weekStart).toBe('2026-11-23');
    expect(weeks[11]?.totals['qr-review']).toBe(3);
    expect(weeks[10]?.totals['qr-complaint']).toBe(4);
    expect(weeks[0]?.weekStart).toBe('2026-09-07');
    expect(weeks.reduce((n, w) => n + w.totals['qr-complaint'], 0)).toBe(4);
  });

  it('writes CSV with the documented columns, one row per day, language and event', () => {
    const doc = addCounts(emptyCounts(), [
      ['2026-11-24', 'ur', 'screen-complaint', 2],
      ['2026-11-23', 'pl', 'qr-review', 3],
    ]);
    expect(countsCsv(doc)).toBe(`${CSV_COLUMNS.join(',')}\r\n2026-11-23,pl,qr-review,3\r\n2026-11-24,ur,screen-complaint,2\r\n`);
    expect(CSV_COLUMNS).toEqual(['date', 'language', 'event', 'count']);
  });

  it('keeps a little over a year', () => {
    const doc = addCounts(emptyCounts(), [
      ['2025-01-01', 'en', 'qr-review', 1],
      ['2026-11-01', 'en', 'qr-review', 1],
    ]);
    expect(Object.keys(pruneCounts(doc, '2026-11-26').days)).toEqual(['2026-11-01']);
  });
});

describe('CountsStore', () => {
  let dir: string;
  let enabled: boolean;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-counts-'));
    enabled = true;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const open = () => CountsStore.open(dir, silentLogger, { enabled: () => enabled, now: () => new Date(2026, 10, 26, 14, 5), flushMs: 60_000 });

  it('keeps counts across a restart, stamped with the day only', async () => {
    const store = await open();
    store.record('pl', 'screen-review');
    store.record('pl', 'qr-review');
    store.record('pl', 'qr-review');
    await store.close();
    const text = await readFile(join(dir, 'counts.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({ version: 1, days: { '2026-11-26': { pl: { 'screen-review': 1, 'qr-review': 2 } } } });
    expect(totalOf((await open()).current())).toBe(3);
  });

  it('counts nothing while turned off', async () => {
    const store = await open();
    enabled = false;
    expect(store.record('en', 'qr-complaint')).toBe(false);
    await store.close();
    expect(totalOf(store.current())).toBe(0);
    enabled = true;
    expect(store.record('en', 'qr-complaint')).toBe(true);
    expect(totalOf(store.current())).toBe(1);
  });

  it('clears, on disk too', async () => {
    const store = await open();
    store.record('en', 'qr-complaint');
    await store.flush();
    await store.clear();
    expect(totalOf(store.current())).toBe(0);
    expect(totalOf((await open()).current())).toBe(0);
  });

  it('starts empty from a damaged file rather than failing', async () => {
    await writeFile(join(dir, 'counts.json'), '{"version":1,"days":');
    const store = await open();
    expect(totalOf(store.current())).toBe(0);
  });
});
