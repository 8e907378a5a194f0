// Anonymous counts over HTTP. The page reports a screen opened or a code shown with a small POST
// (kiosk surface only: the reception-desk listener never takes counts); staff read the last
// twelve weeks, download the CSV and clear them through /api/admin/counts, signed in.
import { Hono } from 'hono';
import { isCountEvent } from '../common/count-events.ts';
import { languageInfo } from '../common/languages.ts';
import { countsCsv, dayOf, weeklyCounts } from '../core/counts.ts';
import type { CountsStore } from '../core/counts-store.ts';
import type { Sessions, Surface } from '../core/sessions.ts';
import { limitBody, readJsonBody } from './json-body.ts';
import { invalid } from './problem.ts';
import { requireSession, sameOrigin, type AdminEnv } from './admin-session.ts';

/** POST /counts {"lang": "pl", "event": "qr-review"}: 204, counted or not (counting may be off). */
export function countRoutes(counts: CountsStore): Hono {
  const routes = new Hono();
  routes.post('/counts', sameOrigin, limitBody, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const { lang, event } = (body.value ?? {}) as { lang?: unknown; event?: unknown };
    const language = typeof lang === 'string' ? languageInfo(lang) : undefined;
    if (!language) return invalid([{ path: 'lang', message: 'Not one of the kiosk’s languages' }]);
    if (!isCountEvent(event)) return invalid([{ path: 'event', message: 'Not a counted event' }]);
    counts.record(language.code, event);
    return c.body(null, 204);
  });
  return routes;
}

export function adminCountsRoutes(counts: CountsStore, sessions: Sessions, surface: Surface, now: () => Date = () => new Date()): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  routes.use('*', sameOrigin, requireSession(sessions, surface));
  routes.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  routes.get('/', (c) => c.json({ enabled: counts.enabled, weeks: weeklyCounts(counts.current(), dayOf(now())) }));
  routes.get('/csv', (c) =>
    c.body(countsCsv(counts.current()), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="kiosk-counts-${dayOf(now())}.csv"`,
    }),
  );
  routes.delete('/', async (c) => {
    await counts.clear();
    return c.body(null, 204);
  });
  return routes;
}
