// The settings as staff edit them: read with a revision, save only over that revision
// (If-Match), check without saving, history and restore, export, and the audit log.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { AdminServices } from '../core/admin-services.ts';
import { changedSettings } from '../core/audit-log.ts';
import type { Surface } from '../core/sessions.ts';
import { HISTORY_LIMIT, revisionOf, type SaveResult, type SettingsStore } from '../core/settings-store.ts';
import { readSettingsDocument } from '../core/settings-migration.ts';
import { invalid, problem } from './problem.ts';
import { limitBody, limitSettingsBody, readJsonBody } from './json-body.ts';
import type { AdminEnv } from './admin-session.ts';
import { STORAGE_ADVICE } from '../core/storage-problem.ts';

interface Options {
  readonly store: SettingsStore;
  readonly services: AdminServices;
  readonly surface: Surface;
  readonly auth: MiddlewareHandler<AdminEnv>;
}

const etag = (revision: string) => `"${revision}"`;

/**
 * If-Match as RFC 9110 §13.1.1 reads it: `*` matches whatever is stored now; otherwise a list of
 * entity tags, compared strongly, so a weak tag (W/"…") never matches. Returns undefined when the
 * header is absent, `any` for `*`, else the strong revisions named (possibly none: a 412).
 */
export function parseIfMatch(header: string | undefined): 'any' | string[] | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (value === '*') return 'any';
  const revisions: string[] = [];
  for (const match of value.matchAll(/\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(,|$)/g)) {
    if (!match[1]) revisions.push(match[2]!);
  }
  return revisions;
}

/** What a save is based on: `*` becomes no check, as a settings document always exists (the defaults at least). */
function basedOnOf(tags: 'any' | string[]): string[] | undefined {
  return tags === 'any' ? undefined : tags;
}

const preconditionRequired = () =>
  problem(428, 'Revision required', 'Send If-Match with the revision you started from, so nobody’s changes are overwritten');

export function adminSettingsRoutes({ store, services, surface, auth }: Options): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const { audit } = services;

  routes.get('/settings', auth, (c) => {
    const { settings, revision } = store.current();
    c.header('ETag', etag(revision));
    return c.json({ settings, revision });
  });

  routes.put('/settings', auth, limitSettingsBody, async (c) => {
    const tags = parseIfMatch(c.req.header('If-Match'));
    if (tags === undefined) return preconditionRequired();
    const basedOn = basedOnOf(tags);
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const before = store.current().settings;
    return answerSave(c, await store.save(body.value, basedOn), () => audit.record('settings-saved', surface, describe(before)));
  });

  routes.post('/settings/check', auth, limitSettingsBody, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const result = readSettingsDocument(body.value);
    return result.ok ? c.json({ settings: result.settings }) : invalid(result.problems);
  });

  routes.get('/history', auth, async (c) => {
    const versions = (await store.history()).slice(0, HISTORY_LIMIT);
    return c.json({ versions });
  });

  routes.get('/history/:id', auth, async (c) => {
    const settings = await store.readHistory(c.req.param('id'));
    if (!settings) return problem(404, 'Not found', 'There is no saved version with that id');
    const revision = revisionOf(`${JSON.stringify(settings, null, 2)}\n`);
    return c.json({ settings, revision });
  });

  routes.post('/history/:id/restore', auth, limitBody, async (c) => {
    const tags = parseIfMatch(c.req.header('If-Match'));
    if (tags === undefined) return preconditionRequired();
    const basedOn = basedOnOf(tags);
    const id = c.req.param('id');
    const before = store.current().settings;
    return answerSave(c, await store.restore(id, basedOn), () => audit.record('settings-restored', surface, `version ${id}; ${describe(before)}`));
  });

  routes.get('/export', auth, (c) => {
    const { settings } = store.current();
    const day = new Date().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="kiosk-settings-${day}.json"`);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(`${JSON.stringify(settings, null, 2)}\n`);
  });

  routes.get('/audit', auth, async (c) => c.json({ events: await audit.events() }));

  return routes;

  function describe(before: unknown): string {
    const changed = changedSettings(before, store.current().settings);
    return changed.length ? `changed ${changed.join(', ')}` : 'no change';
  }

  async function answerSave(c: Context, result: SaveResult, record: () => Promise<void>): Promise<Response> {
    if (result.ok) {
      await record();
      c.header('ETag', etag(result.snapshot.revision));
      return c.json({ settings: result.snapshot.settings, revision: result.snapshot.revision });
    }
    switch (result.reason) {
      case 'invalid':
        return invalid(result.problems);
      case 'conflict':
        return problem(
          412,
          'Changed by someone else',
          'Someone else saved the settings after you opened them. Reload to see their changes, then make yours again.',
          { revision: result.current.revision },
        );
      case 'not-found':
        return problem(404, 'Not found', 'There is no saved version with that id');
      case 'storage':
        return problem(503, 'Cannot save', `Your changes were not saved. ${result.problem}. ${STORAGE_ADVICE}`, { reason: result.problem });
    }
  }
}
