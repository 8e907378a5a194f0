// The settings a poster is made from. On the kiosk's own origin (and for the command line, which
// starts the host on loopback) that is the page's /api/config. The reception-desk listener does
// not serve /api/config to the network: there the poster reads the settings through the staff
// API, with the session staff signed in with at /admin/.
import type { Settings } from '../../main/common/settings-schema.ts';

export async function loadPosterSettings(): Promise<Settings> {
  const config = await fetch('/api/config', { cache: 'no-store' });
  if (config.ok) return (await config.json()) as Settings;
  const staff = await fetch('/api/admin/settings', { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (staff.status === 401) throw new Error('Sign in to the staff screens first (at /admin/ on this address), then open the poster again.');
  if (!staff.ok) throw new Error(`The kiosk did not send its settings (HTTP ${staff.status}).`);
  return ((await staff.json()) as { settings: Settings }).settings;
}
