// The page's read-only view of the settings, and a stream that tells it when they change so the
// display follows a save within moments, without polling and without a restart.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { SETTINGS_EVENT, type SettingsEventData } from '../common/api-contract.ts';
import type { SettingsStore } from '../core/settings-store.ts';

export function settingsRoutes(store: SettingsStore): Hono {
  const routes = new Hono();

  routes.get('/config', (c) => {
    const { settings, revision } = store.current();
    const etag = `"${revision}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    return c.json(settings);
  });

  routes.get('/events', (c) => {
    c.header('Cache-Control', 'no-store');
    return streamSSE(c, async (stream) => {
      const send = (revision: SettingsEventData) => stream.writeSSE({ event: SETTINGS_EVENT, data: revision });
      const unsubscribe = store.subscribe((snapshot) => void send(snapshot.revision));
      // The page may have loaded before a save; the first event lets it check its revision.
      await send(store.current().revision);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      unsubscribe();
    });
  });

  return routes;
}
