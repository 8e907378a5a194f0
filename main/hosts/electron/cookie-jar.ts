// The staff session cookie, kept by the shell instead of Chromium. Chromium's cookie store is
// unreliable for custom schemes served through protocol.handle (Set-Cookie may be dropped), and
// the staff screens sign in with an HttpOnly cookie. Every app:// request passes through the
// main process anyway, so the shell keeps the cookies itself: it takes Set-Cookie off responses
// and puts Cookie on requests. The page never sees the token, as with HttpOnly. Web-standard
// Request/Response only: no Electron here, so it is tested directly.
import type { WebApp } from '../../web/app.ts';

interface StoredCookie {
  readonly value: string;
  readonly path: string;
}

export function withCookieJar(webApp: WebApp): WebApp {
  const jar = new Map<string, StoredCookie>();

  return {
    async fetch(request) {
      const { pathname } = new URL(request.url);
      const headers = new Headers(request.headers);
      const cookies = [...jar].filter(([, cookie]) => pathMatches(pathname, cookie.path)).map(([name, cookie]) => `${name}=${cookie.value}`);
      // Only the jar speaks for cookies, whatever Chromium may or may not have sent.
      if (cookies.length > 0) headers.set('Cookie', cookies.join('; '));
      else headers.delete('Cookie');
      const response = await webApp.fetch(new Request(request, { headers }));

      const setCookies = response.headers.getSetCookie();
      if (setCookies.length === 0) return response;
      for (const line of setCookies) store(jar, line);
      const cleaned = new Headers(response.headers);
      cleaned.delete('Set-Cookie');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers: cleaned });
    },
  };
}

function store(jar: Map<string, StoredCookie>, line: string): void {
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  if (eq <= 0) return;
  const name = pair.slice(0, eq);
  const value = pair.slice(eq + 1);
  let path = '/';
  let expired = value === '';
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=');
    const attributeValue = rest.join('=');
    if (/^path$/i.test(key) && attributeValue.startsWith('/')) path = attributeValue;
    if (/^max-age$/i.test(key) && Number(attributeValue) <= 0) expired = true;
    if (/^expires$/i.test(key) && Date.parse(attributeValue) <= Date.now()) expired = true;
  }
  if (expired) jar.delete(name);
  else jar.set(name, { value, path });
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  const prefix = cookiePath.endsWith('/') ? cookiePath : `${cookiePath}/`;
  return requestPath.startsWith(prefix);
}
