// The DevTools protocol over Chromium's --remote-debugging-pipe: JSON messages, each ended by a
// NUL byte, written to the browser's fd 3 and read from its fd 4. No port is opened, so nothing
// else on the machine can drive the kiosk's browser.
import type { Readable, Writable } from 'node:stream';

export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class CdpPipe {
  readonly #out: Writable;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Set<(event: CdpEvent) => void>();
  #nextId = 1;
  #buffer = '';
  #closed = false;

  constructor(out: Writable, incoming: Readable) {
    this.#out = out;
    out.on('error', () => this.#close());
    incoming.on('error', () => this.#close());
    incoming.on('close', () => this.#close());
    incoming.on('data', (chunk: Buffer) => {
      this.#buffer += chunk.toString('utf8');
      let end: number;
      while ((end = this.#buffer.indexOf('\0')) >= 0) {
        const text = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 1);
        this.#receive(text);
      }
    });
  }

  onEvent(listener: (event: CdpEvent) => void): void {
    this.#listeners.add(listener);
  }

  /** Sends a command (to a target's session when given) and resolves with its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    if (this.#closed) return Promise.reject(new Error('the browser is gone'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      this.#out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  #receive(text: string): void {
    let message: { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result ?? {});
    } else if (message.method) {
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of this.#listeners) listener(event);
    }
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the browser is gone'));
    }
    this.#pending.clear();
  }
}
