import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, type CdpEvent } from './cdp-pipe.ts';

function pipe() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: { id: number; method: string; sessionId?: string }[] = [];
  toBrowser.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString().split('\0').filter(Boolean)) sent.push(JSON.parse(text));
  });
  return { cdp: new CdpPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

describe('CdpPipe', () => {
  it('sends NUL-ended commands and matches answers split across reads', async () => {
    const { cdp, fromBrowser, sent } = pipe();
    const answer = cdp.send('Target.attachToTarget', { targetId: 't' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent[0]).toMatchObject({ id: 1, method: 'Target.attachToTarget' });
    const reply = JSON.stringify({ id: 1, result: { sessionId: 's1' } });
    fromBrowser.write(reply.slice(0, 10));
    fromBrowser.write(`${reply.slice(10)}\0`);
    expect(await answer).toEqual({ sessionId: 's1' });
  });

  it('passes events on with their session, and rejects on an error answer', async () => {
    const { cdp, fromBrowser } = pipe();
    const events: CdpEvent[] = [];
    cdp.onEvent((event) => events.push(event));
    const failing = cdp.send('Page.navigate', {}, 's1');
    fromBrowser.write(`${JSON.stringify({ method: 'Target.targetCrashed', params: { targetId: 't' } })}\0${JSON.stringify({ id: 1, error: { message: 'Not allowed' } })}\0`);
    await expect(failing).rejects.toThrow('Not allowed');
    expect(events).toEqual([{ method: 'Target.targetCrashed', params: { targetId: 't' } }]);
  });

  it('fails pending and later commands once the browser is gone', async () => {
    const { cdp, fromBrowser } = pipe();
    const pending = cdp.send('Runtime.evaluate');
    fromBrowser.destroy();
    await expect(pending).rejects.toThrow('the browser is gone');
    await expect(cdp.send('Runtime.evaluate')).rejects.toThrow('the browser is gone');
  });
});
