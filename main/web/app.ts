// The one request handler, in web-standard Request -> Response form. Every host mounts it as it
// is: the Node host behind an HTTP server, Electron behind protocol.handle. It knows nothing of
// either.
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { securityHeaders } from './security-headers.ts';
import { settingsRoutes } from './settings-routes.ts';
import { localeRoutes } from './locale-routes.ts';
import { LocaleCatalogue } from '../core/locale-catalogue.ts';
import type { SettingsStore } from '../core/settings-store.ts';
import type { Logger } from '../core/logger.ts';

export interface WebAppOptions {
  readonly store: SettingsStore;
  /** The built page (dist/renderer). */
  readonly pageDir: string;
  readonly log: Logger;
  readonly version: string;
  /** The translations, locales/<code>/kiosk.json; read once here. Defaults to the repository's. */
  readonly localesDir?: string;
}

const REPOSITORY_LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));

export interface WebApp {
  fetch(request: Request): Response | Promise<Response>;
}

export function createWebApp({ store, pageDir, log, version, localesDir = REPOSITORY_LOCALES }: WebAppOptions): WebApp {
  const app = new Hono();
  const locales = LocaleCatalogue.load(localesDir, log);
  app.use(securityHeaders());

  app.get('/api/health', (c) => {
    const status = store.status();
    return c.json({ status: 'ok', version, settings: status.source, problem: status.problem ?? null });
  });
  app.route('/api', settingsRoutes(store));
  app.route('/api', localeRoutes(locales));
  app.all('/api/*', (c) => c.json({ type: 'about:blank', title: 'Not found', status: 404 }, 404, { 'Content-Type': 'application/problem+json' }));

  app.use('/*', async (c, next) => {
    await next();
    // Vite names built assets by content hash, so they never change under the same name.
    if (c.res.status === 200) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('/*', serveStatic({ root: pageDir }));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    log.error('request failed', { path: c.req.path, error: error.message });
    return c.json({ type: 'about:blank', title: 'Internal error', status: 500 }, 500, { 'Content-Type': 'application/problem+json' });
  });

  return { fetch: (request) => app.fetch(request) };
}
