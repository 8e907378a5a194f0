// Start-up: from the moment we ask for a browser to the first slide painted. Paint time comes
// from the page's own paint timing (largest contentful paint, else first contentful paint), on
// the same wall clock as the launch.
import { openSession } from './browser.ts';
import { median } from './statistics.ts';
import type { Subject } from './subjects.ts';

async function once(subject: Subject): Promise<number> {
  const launchedAt = Date.now();
  const session = await openSession();
  try {
    await session.page.addInitScript(() => {
      const w = window as unknown as { __paint: number };
      w.__paint = 0;
      for (const type of ['paint', 'largest-contentful-paint']) {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name !== 'first-paint') w.__paint = Math.max(w.__paint, entry.startTime);
        }).observe({ type, buffered: true });
      }
    });
    await session.page.goto(subject.url);
    await subject.ready(session.page);
    await session.page.waitForFunction(() => (window as unknown as { __paint: number }).__paint > 0);
    // Let a late largest-contentful-paint (the web font swapping in) arrive.
    await session.page.waitForTimeout(500);
    const paintedAt = await session.page.evaluate(() => performance.timeOrigin + (window as unknown as { __paint: number }).__paint);
    return paintedAt - launchedAt;
  } finally {
    await session.close();
  }
}

export async function measureStartUp(subjects: readonly Subject[], runs: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  // Interleaved, so that a slow spell on the machine falls on both subjects alike.
  for (let i = 0; i < runs; i++) {
    for (const subject of subjects) (samples[subject.name] ??= []).push(await once(subject));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}
