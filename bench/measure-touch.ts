// Touch: from a tap (its own pointerdown timestamp) to the frame after the answer is in the page,
// two animation frames later (laid out, then presented). Tap-to-QR: the invitation, then "Leave a
// review", until the code's SVG is there. Language switch: choosing Polski until Polish text is
// there. The baseline does the same with a class toggle and a textContent swap.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { openSession } from './browser.ts';
import { median, percentile } from './statistics.ts';
import type { Subject } from './subjects.ts';

export interface TouchFigures {
  readonly qr: { median: number; p95: number };
  readonly language: { median: number; p95: number };
}

interface Steps {
  /** Selector of what to tap to reach the review code, last tap timed. */
  readonly toQr: readonly string[];
  readonly qrShown: string;
  readonly back: (page: Page) => Promise<void>;
  readonly toLanguage: readonly string[];
}

const KIOSK: Steps = {
  toQr: ['invite-bar button.invite', 'journey-menu button[data-screen="review"]'],
  qrShown: 'svg[shape-rendering="crispEdges"] path',
  back: async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('invite-bar button.invite').waitFor();
  },
  toLanguage: ['invite-bar button.language', 'language-screen button[data-language="pl"]'],
};

const BASELINE: Steps = {
  toQr: ['button.review'],
  qrShown: '#qr.on svg path',
  back: (page) => page.locator('button.done').tap(),
  toLanguage: ['button.language'],
};

/** Resolves with the time of the frame after `ready()` first holds, polled every frame. */
function painted(page: Page, check: { selector?: string; text?: string }): Promise<number> {
  return page.evaluate(({ selector, text }) => {
    const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
      root,
      ...Array.from(root.querySelectorAll('*')).flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : [])),
    ];
    const ready = () =>
      roots(document).some((root) =>
        selector ? root.querySelector(selector) !== null : Array.from(root.querySelectorAll('h1, h2')).some((el) => el.textContent?.trim() === text),
      );
    return new Promise<number>((resolve) => {
      const poll = () => (ready() ? requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t))) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
  }, check);
}

async function timeTap(page: Page, target: string, check: { selector?: string; text?: string }): Promise<number> {
  const frame = painted(page, check);
  frame.catch(() => undefined);
  await page.locator(target).tap();
  const at = await frame;
  return at - (await page.evaluate(() => (window as unknown as { __tapAt: number }).__tapAt));
}

async function run(subject: Subject, steps: Steps, repetitions: number): Promise<TouchFigures> {
  const polish = (JSON.parse(await readFile(new URL('../locales/pl/kiosk.json', import.meta.url), 'utf8')) as { menu: { title: string } }).menu.title;
  const session = await openSession({ width: 1920, height: 1080 }, { hasTouch: true });
  try {
    await session.page.addInitScript(() => {
      addEventListener('pointerdown', (e) => ((window as unknown as { __tapAt: number }).__tapAt = e.timeStamp), { capture: true });
    });
    await session.page.goto(subject.url);
    await subject.ready(session.page);
    const qr: number[] = [];
    const language: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      for (const tap of steps.toQr.slice(0, -1)) await session.page.locator(tap).tap();
      qr.push(await timeTap(session.page, steps.toQr.at(-1)!, { selector: steps.qrShown }));
      await steps.back(session.page);
      for (const tap of steps.toLanguage.slice(0, -1)) await session.page.locator(tap).tap();
      language.push(await timeTap(session.page, steps.toLanguage.at(-1)!, { text: polish }));
      await steps.back(session.page);
    }
    const summary = (ms: number[]) => ({ median: median(ms), p95: percentile(ms, 95) });
    return { qr: summary(qr), language: summary(language) };
  } finally {
    await session.close();
  }
}

export async function measureTouch(kiosk: Subject, baseline: Subject, repetitions: number): Promise<Record<'kiosk' | 'baseline', TouchFigures>> {
  return { kiosk: await run(kiosk, KIOSK, repetitions), baseline: await run(baseline, BASELINE, repetitions) };
}
