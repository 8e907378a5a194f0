// Idle rotation: CPU time the page's renderer spends per minute while the display rotates at
// its normal dwell time, and how many long tasks it has. Both subjects run side by side.
import { metric, openSession } from './browser.ts';
import type { Subject } from './subjects.ts';

export interface IdleFigures {
  readonly taskMsPerMinute: number;
  readonly scriptMsPerMinute: number;
  readonly longTasks: number;
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
    await session.page.waitForTimeout(3000); // fonts, first transition timers, settings stream
    const task0 = await metric(session.cdp, 'TaskDuration');
    const script0 = await metric(session.cdp, 'ScriptDuration');
    const long0 = await session.page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);
    await session.page.waitForTimeout(seconds * 1000);
    const perMinute = 60 / seconds;
    return {
      taskMsPerMinute: ((await metric(session.cdp, 'TaskDuration')) - task0) * 1000 * perMinute,
      scriptMsPerMinute: ((await metric(session.cdp, 'ScriptDuration')) - script0) * 1000 * perMinute,
      longTasks: (await session.page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks)) - long0,
    };
  } finally {
    await session.close();
  }
}

export async function measureIdle(subjects: readonly Subject[], seconds: number): Promise<Record<string, IdleFigures>> {
  const results = await Promise.all(subjects.map(async (s) => [s.name, await run(s, seconds)] as const));
  return Object.fromEntries(results);
}
