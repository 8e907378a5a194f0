// What the patient journey counts when a screen opens: the screen, and the code if that screen
// shows one. Only these names and the language are sent; the host stamps the day (counts.ts).
import type { Settings } from '../../main/common/settings-schema.ts';
import type { CountEvent } from '../../main/common/count-events.ts';
import { isHttpsUrl } from '../../main/common/https-url.ts';
import { complaintRoute, reviewRoute } from '../../main/common/nation-preset.ts';
import type { JourneyScreen } from '../journey/journey-screen.ts';

/** The address a screen's code goes to, by the same rules as the screen itself (nation-preset). */
const codeUrl = {
  review: (settings: Settings) => reviewRoute(settings).url,
  complaint: (settings: Settings) => complaintRoute(settings).url,
  contact: (settings: Settings) => settings.links.contact,
} as const;

/** Pure: the events for opening `screen` with these settings. */
export function countEventsFor(screen: JourneyScreen, settings: Settings): CountEvent[] {
  const events: CountEvent[] = [`screen-${screen}`];
  if (screen === 'review' || screen === 'complaint' || screen === 'contact') {
    const url = codeUrl[screen](settings);
    if (url && isHttpsUrl(url)) events.push(`qr-${screen}`);
  }
  return events;
}

/** Tells the host, and never waits or fails for the patient: a lost count is only a count. */
export function countScreen(screen: JourneyScreen, settings: Settings, lang: string): void {
  if (!settings.counts.enabled) return;
  for (const event of countEventsFor(screen, settings)) {
    void fetch('./api/counts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lang, event }), keepalive: true }).catch(() => undefined);
  }
}
