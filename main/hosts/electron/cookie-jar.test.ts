import { describe, expect, it } from 'vitest';
import { withCookieJar } from './cookie-jar.ts';

/** A handler that records the Cookie header it was sent, and answers with the given Set-Cookie lines. */
function recorder() {
  const seen: (string | null)[] = [];
  let setCookies: string[] = [];
  const app = withCookieJar({
    fetch(request) {
      seen.push(request.headers.get('Cookie'));
      const headers = new Headers({ 'Content-Type': 'application/json' });
      for (const line of setCookies) headers.append('Set-Cookie', line);
      return new Response('{"ok":true}', { status: 201, headers });
    },
  });
  return { app, seen, answerWith: (lines: string[]) => (setCookies = lines) };
}

describe('withCookieJar', () => {
  it('keeps a session cookie from a response and sends it back on later requests under its path', async () => {
    const { app, seen, answerWith } = recorder();
    answerWith(['kiosk_admin=abc123; Path=/api/admin; HttpOnly; SameSite=Strict']);
    const signIn = await app.fetch(new Request('app://kiosk/api/admin/session', { method: 'POST' }));
    answerWith([]);
    await app.fetch(new Request('app://kiosk/api/admin/status'));
    await app.fetch(new Request('app://kiosk/api/config'));
    await app.fetch(new Request('app://kiosk/api/administrator'));
    expect(seen).toEqual([null, 'kiosk_admin=abc123', null, null]);
    // The response is otherwise untouched.
    expect(signIn.status).toBe(201);
    expect(await signIn.json()).toEqual({ ok: true });
  });

  it('never lets the page see the cookie', async () => {
    const { app, answerWith } = recorder();
    answerWith(['kiosk_admin=abc123; Path=/api/admin; HttpOnly']);
    const response = await app.fetch(new Request('app://kiosk/api/admin/session', { method: 'POST' }));
    expect(response.headers.get('Set-Cookie')).toBeNull();
    expect(response.headers.get('Content-Type')).toBe('application/json');
  });

  it('forgets a cookie the server deletes', async () => {
    const { app, seen, answerWith } = recorder();
    answerWith(['kiosk_admin=abc123; Path=/api/admin']);
    await app.fetch(new Request('app://kiosk/api/admin/session', { method: 'POST' }));
    answerWith(['kiosk_admin=; Max-Age=0; Path=/api/admin']);
    await app.fetch(new Request('app://kiosk/api/admin/session', { method: 'DELETE' }));
    answerWith([]);
    await app.fetch(new Request('app://kiosk/api/admin/status'));
    expect(seen.at(-1)).toBeNull();
  });

  it('replaces whatever Cookie header the renderer sent with its own', async () => {
    const { app, seen } = recorder();
    await app.fetch(new Request('app://kiosk/api/admin/status', { headers: { Cookie: 'kiosk_admin=forged' } }));
    expect(seen).toEqual([null]);
  });

  it('passes request bodies through', async () => {
    let body = '';
    const app = withCookieJar({
      async fetch(request) {
        body = await request.text();
        return new Response(null, { status: 204 });
      },
    });
    await app.fetch(new Request('app://kiosk/api/admin/session', { method: 'POST', body: '{"pin":"1234"}', headers: { 'Content-Type': 'application/json' } }));
    expect(body).toBe('{"pin":"1234"}');
  });
});
