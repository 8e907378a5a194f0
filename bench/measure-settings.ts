// Settings: (1) validating and saving a change through the real store (atomic write, history)
// beside a bare writeFile of the same bytes; (2) from a change on disk to the display painting
// it, beside the moment the page merely hears of the change on its event stream.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SettingsStore } from '../main/core/settings-store.ts';
import { silentLogger } from '../main/core/logger.ts';
import { openSession } from './browser.ts';
import { median } from './statistics.ts';
import type { Subjects } from './subjects.ts';

export interface SaveFigures {
  readonly storeSaveMs: number;
  readonly plainWriteMs: number;
}

export async function measureSave(runs: number): Promise<SaveFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  try {
    const store = await SettingsStore.open(dir, silentLogger);
    const save: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      const doc = { practice: { name: `Practice ${i}` }, display: { dwellSeconds: 10 + (i % 20) } };
      let start = performance.now();
      const result = await store.save(doc, store.current().revision);
      save.push(performance.now() - start);
      if (!result.ok) throw new Error(`bench save refused: ${JSON.stringify(result)}`);
      start = performance.now();
      await writeFile(join(dir, 'plain.json'), JSON.stringify(doc, null, 2));
      plain.push(performance.now() - start);
    }
    return { storeSaveMs: median(save), plainWriteMs: median(plain) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ShowFigures {
  readonly displayedMs: number;
  readonly eventMs: number;
}

export async function measureSettingsShown(subjects: Subjects, runs: number): Promise<ShowFigures> {
  const { kiosk } = subjects;
  const session = await openSession();
  try {
    await session.page.goto(kiosk.url);
    await kiosk.ready(session.page);
    await session.page.evaluate((url) => {
      const w = window as unknown as { __eventAt: number };
      w.__eventAt = 0;
      new EventSource(new URL('api/events', url)).addEventListener('settings', () => (w.__eventAt = performance.timeOrigin + performance.now()));
    }, kiosk.url);
    await session.page.waitForTimeout(1000);
    const shown: number[] = [];
    const heard: number[] = [];
    for (let i = 0; i < runs; i++) {
      const name = `Bench Practice ${i}`;
      await session.page.evaluate(() => ((window as unknown as { __eventAt: number }).__eventAt = 0));
      const writtenAt = Date.now();
      await kiosk.server.writeSettings({ practice: { name } });
      const paintedAt = await session.page.evaluate(
        (expected) =>
          new Promise<number>((resolve) => {
            const h1 = () => document.querySelector('kiosk-app')?.shadowRoot?.querySelector('h1')?.textContent;
            const check = () => (h1() === expected ? requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now())) : setTimeout(check, 5));
            check();
          }),
        name,
      );
      shown.push(paintedAt - writtenAt);
      heard.push((await session.page.evaluate(() => (window as unknown as { __eventAt: number }).__eventAt)) - writtenAt);
    }
    return { displayedMs: median(shown), eventMs: median(heard) };
  } finally {
    await session.close();
  }
}
