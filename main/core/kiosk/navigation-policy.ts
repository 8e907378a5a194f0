// Which URLs the kiosk window may show: only the app's own pages, served from `app://kiosk/`.
// A custom scheme's origin is the opaque "null", so origins cannot be compared: protocol and
// host are, on a parsed URL (never a string prefix: `app://kiosk.evil/` starts with `app://kiosk`).
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True when `url` is one of the kiosk's own pages (or its API). Anything unparsable is refused. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Chromium lower-cases a standard scheme's host; Node's URL leaves a custom scheme's alone.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The start page, with the query the page reads (e.g. `cursor=hidden` on touch-only hardware). */
export function startUrl(query: Readonly<Record<string, string>> = {}): string {
  const url = new URL(APP_ORIGIN_URL);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}
