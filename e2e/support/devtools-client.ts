// A minimal DevTools-protocol client for a browser the test started itself (the Chromium
// fallback). Playwright's connectOverCDP attaches to every target and waits on each; on a busy
// CI machine a target still starting could hold it past the test's timeout (seen once). Here
// only the HTTP target list and one page's socket are used, each with its own deadline.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageTarget {
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

interface CdpAnswer<T> {
  id?: number;
  error?: { message: string };
  result?: { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Chromium writes its debugging port into the profile once it listens. */
export async function devToolsPort(profile: string, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await pause(100);
  }
  throw new Error(`Chromium did not open its debugging port within ${timeoutMs} ms`);
}

/** The browser's page targets (tabs and app windows), from its HTTP endpoint. */
export async function pageTargets(port: number): Promise<PageTarget[]> {
  const response = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(5_000) });
  return ((await response.json()) as PageTarget[]).filter((target) => target.type === 'page');
}

/**
 * Evaluates `expression` in a page and returns its value; a promise is awaited. The page's
 * socket is opened for this one call and closed after, so nothing is left attached.
 */
export async function evaluateIn<T>(target: PageTarget, expression: string, timeoutMs = 20_000): Promise<T> {
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  try {
    return await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer from the page within ${timeoutMs} ms`)), timeoutMs);
      socket.addEventListener('error', () => reject(new Error('could not open the page’s DevTools socket')));
      socket.addEventListener('open', () => {
        socket.send(JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }));
      });
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as CdpAnswer<T>;
        if (message.id !== 1) return;
        clearTimeout(timer);
        const failure = message.result?.exceptionDetails;
        if (message.error) reject(new Error(`DevTools refused: ${message.error.message}`));
        else if (failure) reject(new Error(failure.exception?.description ?? failure.text));
        else resolve(message.result!.result.value);
      });
    });
  } finally {
    socket.close();
  }
}
