// The page is served from `app://kiosk/`, a privileged custom scheme, by the same web-standard
// handler the Node host puts behind HTTP. No file:// (checklist 18), no remote content, no port.
import { protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from '../../core/kiosk/navigation-policy.ts';
import type { WebApp } from '../../web/app.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // standard: a real origin (relative URLs, localStorage); secure: treated like https
        // (so secure-context APIs work); supportFetchAPI: the page fetches its API; corsEnabled:
        // module scripts are fetched in CORS mode; stream: server-sent events stream.
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves `app://kiosk/...` from the handler; any other host under the scheme is not found. */
export function serveAppScheme(webApp: WebApp): void {
  protocol.handle(APP_SCHEME, (request) => {
    if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
    return webApp.fetch(request);
  });
}
