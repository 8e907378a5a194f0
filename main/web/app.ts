// The one request handler, in web-standard Request -> Response form. Every host mounts it as it
// is: the Node host behind an HTTP server, Electron behind protocol.handle. It knows nothing of
// either.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { securityHeaders } from './security-headers.ts';
import { settingsRoutes } from './settings-routes.ts';
import { localeRoutes } from './locale-routes.ts';
import { setUpWarnings } from '../common/nation-preset.ts';
import { LocaleCatalogue } from '../core/locale-catalogue.ts';
import { adminRoutes, type HostShell } from './admin-routes.ts';
import type { SettingsStore } from '../core/settings-store.ts';
import type { Logger } from '../core/logger.ts';
import type { AdminServices } from '../core/admin-services.ts';
import type { Surface } from '../core/sessions.ts';

export interface WebAppOptions {
  readonly store: SettingsStore;
  /** The built page (dist/renderer). */
  readonly pageDir: string;
  readonly log: Logger;
  readonly version: string;
  /** The translations, locales/<code>/kiosk.json; read once here. */
  readonly localesDir: string;
  /**
   * kiosk (default): everything, on loopback. remote: the reception-desk listener on the practice
   * network, which serves only the admin page (/admin/) and /api/admin; everything else is 404.
   */
  readonly surface?: Surface;
  /** Staff sign-in and settings editing; without it /api/admin is not served. */
  readonly admin?: AdminServices;
  /** The reception-desk address while that listener runs, for the admin screen to show. */
  readonly remoteUrl?: () => string | null;
  /** The host's own actions for signed-in staff (the Electron shell's quit); none in a browser. */
  readonly shell?: HostShell;
}

export interface WebApp {
  fetch(request: Request): Response | Promise<Response>;
}

export function createWebApp({ store, pageDir, log, version, surface = 'kiosk', admin, remoteUrl = () => null, shell, localesDir }: WebAppOptions): WebApp {
  const app = new Hono();
  const locales = LocaleCatalogue.load(localesDir, log);
  app.use(securityHeaders());

  app.use('/*', async (c, next) => {
    await next();
    // Vite names built assets by content hash, so they never change under the same name.
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', c.req.path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });

  if (admin) app.route('/api/admin', adminRoutes({ store, services: admin, surface, remoteUrl, log, shell }));
  // Public text and each translation's review status: the staff screens show it on either surface.
  app.route('/api', localeRoutes(locales));
  // The admin page is built as renderer/admin.html with relative asset paths, so at /admin/ its
  // assets resolve under /admin/assets/.
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.get('/admin/', serveStatic({ root: pageDir, path: 'admin.html' }));
  app.get('/admin/assets/*', serveStatic({ root: pageDir, rewriteRequestPath: (path) => path.slice('/admin'.length) }));
  if (surface === 'remote') app.all('*', (c) => c.text('Not found', 404));

  app.get('/api/health', (c) => {
    const status = store.status();
    // Set-up warnings (e.g. the review code still on the general search) are not faults: the
    // kiosk is ok, but staff should finish setting it up.
    const warnings = setUpWarnings(store.current().settings);
    return c.json({ status: 'ok', version, settings: status.source, problem: status.problem ?? null, warnings });
  });
  app.route('/api', settingsRoutes(store));
  app.all('/api/*', (c) => c.json({ type: 'about:blank', title: 'Not found', status: 404 }, 404, { 'Content-Type': 'application/problem+json' }));
  app.use('/*', serveStatic({ root: pageDir }));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    log.error('request failed', { path: c.req.path, error: error.message });
    return c.json({ type: 'about:blank', title: 'Internal error', status: 500 }, 500, { 'Content-Type': 'application/problem+json' });
  });

  return { fetch: (request) => app.fetch(request) };
}
