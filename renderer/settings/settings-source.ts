// The page's copy of the settings: fetched from /api/config (preloaded by index.html; the
// server marks it no-cache, so every fetch revalidates), and fetched again whenever the
// server says the revision changed (server-sent events; EventSource reconnects by itself).
import type { Settings } from '../../main/common/settings-schema.ts';
import { SETTINGS_EVENT, type SettingsEventData } from '../../main/common/api-contract.ts';

export type SettingsListener = (settings: Settings) => void;

export class SettingsSource {
  #revision: string | undefined;
  #events: EventSource | undefined;

  async load(): Promise<Settings> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch('./api/config');
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.#revision = response.headers.get('ETag')?.replaceAll('"', '');
        return (await response.json()) as Settings;
      } catch (error) {
        // The server is on this machine; it is starting or restarting. Keep trying, gently.
        if (attempt === 0) console.warn('settings not available yet', error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
      }
    }
  }

  watch(listener: SettingsListener): void {
    this.#events?.close();
    this.#events = new EventSource('./api/events');
    this.#events.addEventListener(SETTINGS_EVENT, (event) => {
      const revision = (event as MessageEvent<SettingsEventData>).data;
      if (revision === this.#revision) return;
      void this.load().then(listener);
    });
  }

  close(): void {
    this.#events?.close();
  }
}
