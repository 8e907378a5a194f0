// What the page pulls over the wire to show its first slide, by kind: JavaScript and CSS
// (gzipped here, as a server or an asar would hold them), fonts (already compressed), locales
// and API calls. Read from the browser's own network log, so lazy chunks count only if loaded.
import { gzipSync } from 'node:zlib';
import { openSession } from './browser.ts';
import type { Subject } from './subjects.ts';

export type TransferFigures = Record<'script' | 'stylesheet' | 'font' | 'document' | 'other', { files: number; bytes: number; gzipBytes: number }>;

export async function measureTransfer(subject: Subject): Promise<TransferFigures> {
  const session = await openSession();
  const figures: TransferFigures = {
    script: { files: 0, bytes: 0, gzipBytes: 0 },
    stylesheet: { files: 0, bytes: 0, gzipBytes: 0 },
    font: { files: 0, bytes: 0, gzipBytes: 0 },
    document: { files: 0, bytes: 0, gzipBytes: 0 },
    other: { files: 0, bytes: 0, gzipBytes: 0 },
  };
  const pending: Promise<void>[] = [];
  session.page.on('response', (response) => {
    if (response.request().resourceType() === 'eventsource') return; // a stream that never ends
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const kind = (type in figures ? type : 'other') as keyof TransferFigures;
          figures[kind].files += 1;
          figures[kind].bytes += body.length;
          figures[kind].gzipBytes += kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length;
        },
        () => undefined,
      ),
    );
  });
  try {
    await session.page.goto(subject.url);
    await subject.ready(session.page);
    await session.page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return figures;
  } finally {
    await session.close();
  }
}
