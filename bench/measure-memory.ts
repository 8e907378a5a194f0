// Memory over a long day: the real rotation with a very short dwell time, JS heap and DOM
// counters after a forced GC at 100 and at N transitions. Growth is the figure that matters.
import type { Page } from '@playwright/test';
import { memoryAfterGc, openSession } from './browser.ts';
import type { Subject } from './subjects.ts';

export interface MemoryFigures {
  readonly at100: { heapBytes: number; nodes: number; listeners: number };
  readonly atN: { heapBytes: number; nodes: number; listeners: number };
  readonly transitions: number;
}

function waitForTransitions(page: Page, count: number): Promise<unknown> {
  return page.waitForFunction((n) => (window as unknown as { transitions: number }).transitions >= n, count, { timeout: 0, polling: 250 });
}

async function run(subject: Subject, total: number, dwellMs: number): Promise<MemoryFigures> {
  const session = await openSession();
  try {
    await session.page.goto(subject.url);
    await subject.ready(session.page);
    await subject.speedUp(session.page, dwellMs);
    await waitForTransitions(session.page, 100);
    const at100 = await memoryAfterGc(session.cdp);
    await waitForTransitions(session.page, total);
    const atN = await memoryAfterGc(session.cdp);
    return { at100, atN, transitions: await subject.transitions(session.page) };
  } finally {
    await session.close();
  }
}

export async function measureMemory(subjects: readonly Subject[], total: number, dwellMs: number): Promise<Record<string, MemoryFigures>> {
  const results = await Promise.all(subjects.map(async (s) => [s.name, await run(s, total, dwellMs)] as const));
  return Object.fromEntries(results);
}
