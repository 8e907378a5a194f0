// Idle rotation: CPU time the page's renderer spends per minute while the display rotates at
// its normal dwell time, and how many long tasks it has. Both subjects run side by side.
// Two windows: the first minute after start, and a minute after one full rotation. The kiosk
// fits each slide's text to the screen the first time it shows (a few layouts per slide, once
// per text and size), so its first rotation costs more than the rest of a 10- to 14-hour day;
// the second window is the day, and carries the target.
import type { CDPSession, Page } from '@playwright/test';
import { metric, openSession } from './browser.ts';
import type { Subject } from './subjects.ts';

export interface IdleWindow {
  readonly taskMsPerMinute: number;
  readonly scriptMsPerMinute: number;
  readonly longTasks: number;
}

export interface IdleFigures {
  readonly firstMinute: IdleWindow;
  readonly afterRotation: IdleWindow;
}

/** The dwell time of a normal day (the settings' default). */
const DAY_DWELL_MS = 12_000;
const SETTLE_MS = 3_000;

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);

async function measureWindow(page: Page, cdp: CDPSession, seconds: number): Promise<IdleWindow> {
  const task0 = await metric(cdp, 'TaskDuration');
  const script0 = await metric(cdp, 'ScriptDuration');
  const long0 = await longTasks(page);
  await page.waitForTimeout(seconds * 1000);
  const perMinute = 60 / seconds;
  return {
    taskMsPerMinute: ((await metric(cdp, 'TaskDuration')) - task0) * 1000 * perMinute,
    scriptMsPerMinute: ((await metric(cdp, 'ScriptDuration')) - script0) * 1000 * perMinute,
    longTasks: (await longTasks(page)) - long0,
  };
}

/** Runs the real rotation quickly through every slide once, then back to a normal day's dwell. */
async function rotateOnce(subject: Subject, page: Page): Promise<void> {
  const slides = await subject.slideCount(page);
  await subject.speedUp(page, 20);
  const deadline = Date.now() + DAY_DWELL_MS + 30_000;
  while ((await subject.transitions(page)) < slides + 1) {
    if (Date.now() > deadline) throw new Error(`${subject.name}: the rotation did not go round once`);
    await page.waitForTimeout(100);
  }
  await subject.speedUp(page, DAY_DWELL_MS);
}

async function run(subject: Subject, seconds: number): Promise<IdleFigures> {
  const session = await openSession();
  try {
    await session.page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number };
      w.__longTasks = 0;
      new PerformanceObserver((list) => (w.__longTasks += list.getEntries().length)).observe({ type: 'longtask' });
    });
    await session.page.goto(subject.url);
    await subject.ready(session.page);
    await session.page.waitForTimeout(SETTLE_MS); // fonts, first transition timers, settings stream
    const firstMinute = await measureWindow(session.page, session.cdp, seconds);
    await rotateOnce(subject, session.page);
    // The quick rotation's garbage is not part of a normal minute: collect it before measuring.
    await session.cdp.send('HeapProfiler.collectGarbage');
    await session.page.waitForTimeout(SETTLE_MS);
    const afterRotation = await measureWindow(session.page, session.cdp, seconds);
    return { firstMinute, afterRotation };
  } finally {
    await session.close();
  }
}

export async function measureIdle(subjects: readonly Subject[], seconds: number): Promise<Record<string, IdleFigures>> {
  const results = await Promise.all(subjects.map(async (s) => [s.name, await run(s, seconds)] as const));
  return Object.fromEntries(results);
}
