// The two pages every figure compares: the kiosk (the real Node host and built page) and the
// plain-HTML baseline. Each knows how to tell when its first slide is up, how to shorten its
// dwell time for the memory run, and how many transitions it has made.
import type { Page } from '@playwright/test';
import { startKioskServer, type KioskServer } from '../e2e/support/kiosk-server.ts';
import { startBaselineServer, type BaselineServer } from './baseline-page.ts';

export const PRACTICE = 'Threeways Surgery';

export interface Subject {
  readonly name: 'kiosk' | 'baseline';
  readonly url: string;
  ready(page: Page): Promise<void>;
  /** Counts transitions from now on, and shortens the dwell time (real rotation code, short dwell). */
  speedUp(page: Page, dwellMs: number): Promise<void>;
  transitions(page: Page): Promise<number>;
  /** How many slides the rotation goes through. */
  slideCount(page: Page): Promise<number>;
}

export interface Subjects {
  readonly kiosk: Subject & { server: KioskServer };
  readonly baseline: Subject;
  close(): Promise<void>;
}

export async function startSubjects(): Promise<Subjects> {
  // Polish on offer, so the journey has a language to switch to.
  const server = await startKioskServer({ settings: { practice: { name: PRACTICE }, languages: { shown: ['en', 'pl'] } } });
  const base: BaselineServer = await startBaselineServer(PRACTICE);
  const kiosk = {
    name: 'kiosk' as const,
    url: server.url,
    server,
    ready: async (page: Page) => {
      await page.locator('slide-show[data-current-slide]:not([data-current-slide=""])').waitFor();
    },
    speedUp: (page: Page, dwellMs: number) =>
      page.evaluate((ms) => {
        const w = window as unknown as { transitions: number };
        w.transitions = 0;
        window.addEventListener('slide-change', () => w.transitions++);
        const show = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('slide-show') as (Element & { dwellMs: number }) | null;
        if (!show) throw new Error('no slide-show on the page');
        show.dwellMs = ms;
      }, dwellMs),
    transitions: (page: Page) => page.evaluate(() => (window as unknown as { transitions: number }).transitions),
    slideCount: (page: Page) => page.locator('kiosk-slide').count(),
  };
  const baseline = {
    name: 'baseline' as const,
    url: base.url,
    ready: async (page: Page) => {
      await page.locator('.slide.on').waitFor();
    },
    speedUp: (page: Page, dwellMs: number) =>
      page.evaluate((ms) => {
        const w = window as unknown as { transitions: number; benchDwell: number };
        w.transitions = 0;
        w.benchDwell = ms;
      }, dwellMs),
    transitions: (page: Page) => page.evaluate(() => (window as unknown as { transitions: number }).transitions),
    slideCount: (page: Page) => page.locator('.slide').count(),
  };
  return {
    kiosk,
    baseline,
    close: async () => {
      await server.stop();
      await base.close();
    },
  };
}
