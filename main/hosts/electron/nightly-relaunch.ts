// The optional daily relaunch (--relaunch-at), while the practice is closed.
import { app } from 'electron';
import { delayUntil } from '../../core/kiosk/display-sleep.ts';
import { nextNightlyRelaunch } from '../../core/kiosk/nightly-relaunch.ts';
import type { SettingsStore } from '../../core/settings-store.ts';
import type { Logger } from '../../core/logger.ts';

export function scheduleNightlyRelaunch(hhmm: string, store: SettingsStore, log: Logger): void {
  let timer: NodeJS.Timeout | undefined;
  const plan = () => {
    clearTimeout(timer);
    const now = new Date();
    const at = nextNightlyRelaunch(store.current().settings.openingHours, hhmm, now);
    if (!at) {
      log.warn('no nightly relaunch: the practice is open at that time all week', { relaunchAt: hhmm });
      return;
    }
    timer = setTimeout(() => {
      log.info('nightly relaunch');
      app.relaunch();
      app.exit(0);
    }, delayUntil(at, now));
  };
  store.subscribe(plan);
  plan();
}
