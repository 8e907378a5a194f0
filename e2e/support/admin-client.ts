// The admin API over real HTTP, as the staff screens use it: a session cookie, the CSRF header,
// and If-Match on every save.
export interface AdminClient {
  readonly base: string;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Reads the settings, changes them with `edit`, saves over the revision read. */
  update(edit: (settings: Record<string, any>) => void): Promise<Response>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function signIn(origin: string, path: '/pin' | '/session', body: Record<string, string>): Promise<AdminClient> {
  const base = new URL('/api/admin', origin).href;
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = /kiosk_admin=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')![0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };

  const request = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', cookie);
    headers.set('X-CSRF-Token', csrfToken);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(`${base}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  };
  return {
    base,
    request,
    async update(edit) {
      const { settings, revision } = (await (await request('/settings')).json()) as { settings: Record<string, unknown>; revision: string };
      edit(settings);
      return request('/settings', { method: 'PUT', json: settings, headers: { 'If-Match': `"${revision}"` } });
    },
  };
}
