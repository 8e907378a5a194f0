// One fresh Chromium per measurement, so that caches, compiled code and other pages never
// carry over from one subject to the other.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts';

export interface Session {
  readonly browser: Browser;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

export async function openSession(viewport = { width: 1920, height: 1080 }): Promise<Session> {
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), '--js-flags=--expose-gc'] });
  const page = await browser.newPage({ viewport });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { browser, page, cdp, close: () => browser.close() };
}

export async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/** JS heap and DOM counters after a forced, complete garbage collection. */
export async function memoryAfterGc(cdp: CDPSession): Promise<{ heapBytes: number; nodes: number; listeners: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}
