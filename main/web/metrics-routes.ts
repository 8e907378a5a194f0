// GET /metrics on the reception-desk listener: the kiosk's health in Prometheus text, behind the
// remote-admin password (HTTP Basic, any user name), through the same lock-out as the admin
// sign-in. A scrape every few seconds must not cost a scrypt hash each time, so a header that
// was accepted is remembered (as a hash) until the password changes.
import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import type { AdminServices } from '../core/admin-services.ts';
import type { SettingsStore } from '../core/settings-store.ts';
import { displayState, type FleetReport } from '../core/fleet/kiosk-health.ts';
import { kioskMetrics } from '../core/fleet/metrics.ts';
import { problem } from './problem.ts';

export interface MetricsRoutesOptions {
  readonly store: SettingsStore;
  readonly services: AdminServices;
  readonly fleet: FleetReport;
  readonly version: string;
}

const CHALLENGE = { 'WWW-Authenticate': 'Basic realm="waiting-room-kiosk metrics", charset="UTF-8"' };

export function metricsRoutes({ store, services, fleet, version }: MetricsRoutesOptions): Hono {
  const routes = new Hono();
  const accepted = new Set<string>();
  services.credentials.onChange(() => accepted.clear());
  const lockout = services.lockouts.remote;

  routes.get('/metrics', async (c) => {
    const header = c.req.header('Authorization') ?? '';
    const digest = createHash('sha256').update(header).digest('base64');
    if (!accepted.has(digest)) {
      const password = basicPassword(header);
      if (password === undefined || !services.credentials.hasRemotePassword) return problem(401, 'Password required', 'Scrape with the remote-admin password (HTTP Basic)', {}, CHALLENGE);
      const attempt = await lockout.attempt(() => services.credentials.verifyRemotePassword(password));
      if (attempt.outcome === 'locked') return problem(429, 'Locked', 'Too many wrong passwords; try again later');
      if (attempt.outcome !== 'right') {
        await services.audit.record('sign-in-refused', 'remote', 'wrong password for metrics');
        return problem(401, 'Wrong password', 'That password is not right', {}, CHALLENGE);
      }
      accepted.add(digest);
    }
    const { settings, revision } = store.current();
    const status = store.status();
    const { health } = fleet;
    const now = health.now();
    const text = kioskMetrics({
      version,
      nowMs: now,
      startedAtMs: health.startedAt,
      settings: { revision, source: status.source, problem: status.problem !== undefined, changes: health.settingsChanges, changedAtMs: health.settingsChangedAt },
      group: fleet.group(),
      storage: await fleet.storage(),
      lastCrash: health.lastCrash,
      display: displayState(settings, new Date(now), health.pageDown),
    });
    return c.body(text, 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  });

  return routes;
}

function basicPassword(header: string): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}
