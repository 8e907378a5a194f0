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
import type { FleetReport } from '../core/fleet/kiosk-health.ts';
import { metricsRoutes } from './metrics-routes.ts';
import { storageWords } from '../core/storage-problem.ts';
import type { CountsStore } from '../core/counts-store.ts';
import { adminCountsRoutes, countRoutes } from './counts-routes.ts';

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
  /** Group settings status and health figures (docs/fleet.md); /metrics on the remote surface. */
  readonly fleet?: FleetReport;
  /** Anonymous counts (journey screens, codes shown); without it none are taken. */
  readonly counts?: CountsStore;
}

export interface WebApp {
  fetch(request: Request): Response | Promise<Response>;
}

export function createWebApp({ store, pageDir, log, version, surface = 'kiosk', admin, remoteUrl = () => null, shell, localesDir, fleet, counts }: WebAppOptions): WebApp {
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

  if (admin && counts) app.route('/api/admin/counts', adminCountsRoutes(counts, admin.sessions, surface));
  if (admin) app.route('/api/admin', adminRoutes({ store, services: admin, surface, remoteUrl, log, shell, groupStatus: fleet ? () => fleet.group() : undefined }));
  // The admin page is built as renderer/admin.html with relative asset paths, so at /admin/ its
  // assets resolve under /admin/assets/.
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.get('/admin/', serveStatic({ root: pageDir, path: 'admin.html' }));
  app.get('/admin/assets/*', serveStatic({ root: pageDir, rewriteRequestPath: (path) => path.slice('/admin'.length) }));
  // The printable poster, likewise at /poster/ on both surfaces (printed at the desk; the command
  // line uses the kiosk surface). Its relative ./api/locales/<code> resolves under /poster/.
  app.get('/poster', (c) => c.redirect('/poster/', 301));
  app.get('/poster/', serveStatic({ root: pageDir, path: 'poster.html' }));
  app.get('/poster/assets/*', serveStatic({ root: pageDir, rewriteRequestPath: (path) => path.slice('/poster'.length) }));
  app.route('/poster/api', localeRoutes(locales));
  // The staff Languages section reads each translation's status from ./api/locales: at /admin/
  // on both surfaces that is /admin/api/locales (the kiosk's own page, at /, uses /api/locales).
  app.route('/admin/api', localeRoutes(locales));
  if (surface === 'remote' && admin && fleet) app.route('/', metricsRoutes({ store, services: admin, fleet, version }));
  // The reception-desk listener serves the admin page, its translations' status and /api/admin
  // only (docs/admin-api.md): no /api/locales, config or health there.
  if (surface === 'remote') app.all('*', (c) => c.text('Not found', 404));
  // Each language's text for the display and the staff previews, and the list with review status.
  app.route('/api', localeRoutes(locales));

  // Loopback only. Degraded: the display runs, but saves cannot be stored. Words without paths;
  // the full problem is in the log and on the signed-in staff screens.
  app.get('/api/health', (c) => {
    const status = store.status();
    const storage = store.storage().problem;
    const group = fleet?.group();
    const groupProblem = group?.state === 'failing' ? group.problem : null;
    const reasons = [storage ? `${storage}: settings cannot be saved` : null, groupProblem ? `group settings: ${groupProblem}` : null].filter((r) => r !== null);
    // Set-up warnings (e.g. the review code still on the general search) are not faults: the
    // kiosk is ok, but staff should finish setting it up.
    const warnings = setUpWarnings(store.current().settings);
    return c.json({
      status: reasons.length > 0 || status.problem ? 'degraded' : 'ok',
      ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
      version,
      settings: status.source,
      problem: status.problem ? 'settings.json was not used (details in the log and on the staff screen)' : null,
      warnings,
      ...(group ? { group } : {}),
    });
  });
  app.route('/api', settingsRoutes(store));
  if (counts) app.route('/api', countRoutes(counts));
  app.all('/api/*', (c) => c.json({ type: 'about:blank', title: 'Not found', status: 404 }, 404, { 'Content-Type': 'application/problem+json' }));
  app.use('/*', serveStatic({ root: pageDir }));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    log.error('request failed', { path: c.req.path, error: error.message });
    const cause = storageWords(error) ?? 'something went wrong inside the kiosk';
    const detail = `The kiosk could not do this: ${cause}. Nothing was changed unless the screen says so. Try again; if it happens again, restart the kiosk and tell whoever looks after it (the kiosk's log has the details).`;
    return c.json({ type: 'about:blank', title: 'Internal error', status: 500, detail }, 500, { 'Content-Type': 'application/problem+json' });
  });

  return { fetch: (request) => app.fetch(request) };
}
